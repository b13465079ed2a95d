package org.fairchance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.FairChanceApplication;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess;
import org.fairchance.support.EngineRest;
import org.fairchance.support.Multipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A manager deploys from Camunda Modeler: through {@code /engine-rest}, multipart, the diagram and
 * its forms. A valid change becomes the version new journeys use and survives a restart of the
 * application, whose files are older; a change that breaks our rules is refused, naming the
 * element.
 */
class ModelerDeploymentIT {

  private static final String RENAMED_TASK = "Confirm your written fair-chance policy";

  @TempDir Path dataDir;

  @Test
  void aModelerDeploymentBecomesTheVersionNewJourneysUseAndARestartKeepsIt() throws IOException {
    String modelerDefinitionId;
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      String changed =
          Files.readString(Path.of("processes", PolicyAdoptionProcess.KEY + ".bpmn"))
              .replace("Confirm your fair-chance policy", RENAMED_TASK);

      var response =
          manager(app)
              .deploy(
                  "Policy wording from the Modeler",
                  part(PolicyAdoptionProcess.KEY + ".bpmn", changed),
                  form(PolicyAdoptionProcess.Forms.ATTESTATION),
                  form(PolicyAdoptionProcess.Forms.REVIEW),
                  form("silent-employer-follow-up"));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      ProcessDefinition latest = latest(engine);
      assertThat(deploymentOf(engine, latest).getSource()).isEqualTo("Camunda Modeler");
      assertThat(latest.getVersion()).isEqualTo(2);
      modelerDefinitionId = latest.getId();
      assertThat(newJourneysTask(engine).getName()).startsWith(RENAMED_TASK);
    }

    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);

      assertThat(latest(engine).getId()).isEqualTo(modelerDefinitionId);
      assertThat(newJourneysTask(engine).getName()).startsWith(RENAMED_TASK);
      // The other files were still the application's to deploy: nothing else changed.
      assertThat(
              engine
                  .getRepositoryService()
                  .createDeploymentQuery()
                  .deploymentName(ModelDeployment.DEPLOYMENT_NAME)
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void aDeploymentThatBreaksOurRulesIsRefusedNamingEachElement() {
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);

      var response =
          manager(app).deploy("Broken from the Modeler", part("broken-check.bpmn", BROKEN_MODEL));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .contains("Task_Unrouted: the user task is routed to nobody")
          .contains("Task_Unrouted: the user task has no form")
          .contains("ServiceTask_UnknownBean: the expression in delegateExpression names 'noSuch")
          .contains("Task_MissingForm: the form 'not-in-this-deployment' is not in this deployment")
          .contains("Gateway_Unnamed: the exclusive gateway has no name")
          .contains("broken-check: the process has no history time to live");
      assertThat(
              engine
                  .getRepositoryService()
                  .createProcessDefinitionQuery()
                  .processDefinitionKey("broken-check")
                  .count())
          .isZero();
    }
  }

  private static final String BROKEN_MODEL =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BrokenCheck"
          targetNamespace="https://fairchance.example/bpmn">
        <bpmn:process id="broken-check" name="Broken check" isExecutable="true">
          <bpmn:startEvent id="StartEvent_Started" name="Started" />
          <bpmn:userTask id="Task_Unrouted" name="Nobody's task" />
          <bpmn:userTask id="Task_MissingForm" name="Task with a missing form"
              camunda:candidateGroups="chamber-staff" camunda:formRef="not-in-this-deployment"
              camunda:formRefBinding="deployment" />
          <bpmn:serviceTask id="ServiceTask_UnknownBean" name="Call something that is not there"
              camunda:delegateExpression="${noSuchDelegate}" />
          <bpmn:exclusiveGateway id="Gateway_Unnamed" />
          <bpmn:endEvent id="EndEvent_Done" name="Done" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  private static Task newJourneysTask(ProcessEngine engine) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceByKey(PolicyAdoptionProcess.KEY)
            .businessKey("FC-MODELER-" + System.nanoTime())
            .setVariable(Variables.EMPLOYER_NAME, "Modeler Test Company")
            .setVariable(Variables.CONTACT_EMAIL, "contact@modeler-test.example")
            .startBeforeActivity(PolicyAdoptionProcess.Elements.TASK_ATTEST_POLICY)
            .execute();
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }

  private static ProcessDefinition latest(ProcessEngine engine) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(PolicyAdoptionProcess.KEY)
        .latestVersion()
        .singleResult();
  }

  private static Deployment deploymentOf(ProcessEngine engine, ProcessDefinition definition) {
    return engine
        .getRepositoryService()
        .createDeploymentQuery()
        .deploymentId(definition.getDeploymentId())
        .singleResult();
  }

  private static EngineRest manager(ConfigurableApplicationContext app) {
    int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    return EngineRest.as(port, "manager", "manager");
  }

  private static Multipart.Part form(String id) {
    try {
      return new Multipart.Part(id + ".form", Files.readAllBytes(Path.of("forms", id + ".form")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Multipart.Part part(String name, String content) {
    return new Multipart.Part(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private ConfigurableApplicationContext start() {
    // Command-line arguments: they outrank application.yaml, as an operator's settings do.
    return new SpringApplicationBuilder(FairChanceApplication.class)
        .run(
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            "--spring.datasource.url=jdbc:h2:file:"
                + dataDir.resolve("modeler")
                + ";DB_CLOSE_ON_EXIT=FALSE");
  }
}
