package org.fairchance.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.fairchance.onboarding.EmployerOnboardingProcess;

/**
 * Stand-ins for the stage processes that {@code employer-onboarding} calls, so the journey's own
 * paths are tested on their own: each stub waits in one user task, {@link #TASK_STAGE_WORK}, and
 * ends, or, when completed with {@code stubInactive = true}, throws the journey's "employer
 * inactive" error as a stage does when its coordinator closes the case.
 */
public final class StageStubs {

  public static final String TASK_STAGE_WORK = "Task_StageWork";
  public static final String STUB_INACTIVE = "stubInactive";

  public static String deploy(RepositoryService repositoryService, String... processKeys) {
    DeploymentBuilder deployment = repositoryService.createDeployment().name("stage stubs");
    for (String key : processKeys) {
      deployment.addModelInstance(key + ".bpmn", stub(key));
    }
    return deployment.deploy().getId();
  }

  private static BpmnModelInstance stub(String key) {
    return Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(TASK_STAGE_WORK)
        .name("Stage work")
        .exclusiveGateway()
        .condition("done", "${execution.getVariable('" + STUB_INACTIVE + "') != true}")
        .endEvent()
        .moveToLastGateway()
        .condition("inactive", "${execution.getVariable('" + STUB_INACTIVE + "') == true}")
        .endEvent()
        .error(EmployerOnboardingProcess.ERROR_EMPLOYER_INACTIVE)
        .done();
  }

  private StageStubs() {}
}
