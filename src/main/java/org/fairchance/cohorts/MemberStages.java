package org.fairchance.cohorts;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.cohorts.CohortTable.Member;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess;
import org.springframework.stereotype.Component;

/**
 * Where each member of a cohort is, read from the engine (the system of record for journeys): the
 * journey's stage, its open tasks with their due dates, and its workshop session if one is booked.
 */
@Component
class MemberStages {

  /** A member as the cohort page shows it. */
  record MemberStage(
      Member member, boolean running, String stage, String session, List<OpenTask> openTasks) {}

  record OpenTask(String name, Date due) {}

  private final RuntimeService runtime;
  private final TaskService tasks;

  MemberStages(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  List<MemberStage> of(List<Member> members) {
    return members.stream().map(this::of).toList();
  }

  MemberStage of(Member member) {
    ProcessInstance journey =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(EmployerOnboardingProcess.KEY)
            .processInstanceBusinessKey(member.businessKey())
            .singleResult();
    if (journey == null) {
      return new MemberStage(member, false, "Journey ended", null, List.of());
    }
    Object stage = runtime.getVariable(journey.getId(), EmployerOnboardingProcess.Variables.STAGE);
    ProcessInstance workshop =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(EducationWorkshopProcess.KEY)
            .processInstanceBusinessKey(member.businessKey())
            .singleResult();
    Object session =
        workshop == null
            ? null
            : runtime.getVariable(
                workshop.getId(), EducationWorkshopProcess.Variables.SESSION_LABEL);
    List<OpenTask> open =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(member.businessKey())
            .orderByTaskCreateTime()
            .asc()
            .list()
            .stream()
            .map(MemberStages::openTask)
            .toList();
    return new MemberStage(
        member,
        true,
        stage == null ? "Application review" : stage.toString(),
        session == null ? null : session.toString(),
        open);
  }

  private static OpenTask openTask(Task task) {
    return new OpenTask(task.getName(), task.getDueDate());
  }
}
