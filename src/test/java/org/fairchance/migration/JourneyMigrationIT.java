package org.fairchance.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.fairchance.identity.Groups;
import org.fairchance.migration.JourneyMigration.DryRun;
import org.fairchance.migration.JourneyMigration.NoDryRunException;
import org.fairchance.migration.JourneyMigration.Plan;
import org.fairchance.migration.JourneyMigration.Started;
import org.fairchance.support.EngineRest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journeys waiting in every user task and timer of version 1 move to a changed version 2: a task
 * renamed, one removed (mapped to its replacement by the manager), one added. Tasks keep their ids,
 * due dates and variables, timers their due dates; a journey that cannot move is reported and left
 * as it was; nothing moves without a dry run of the same plan.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // The test runs the migration batch's jobs itself, and no timer of the journeys fires.
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class JourneyMigrationIT {

  static final String FORM = "sustain-review";
  static final String REVIEW = "Task_Review";
  static final String OLD_STEP = "Task_OldStep";
  static final String NEW_STEP = "Task_NewStep";
  static final String ADDED_STEP = "Task_AddedStep";
  static final String WAIT = "Timer_Wait";
  static final String LAST_STEP = "Task_LastStep";
  static final String SILENCE = "BoundaryEvent_EmployerSilent";

  @LocalServerPort int port;
  @Autowired JourneyMigration migration;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void journeysInEveryTaskAndTimerMoveToTheChangedVersionKeepingTheirDatesAndVariables() {
    String key = "migration-moves";
    Map<String, ProcessInstance> waiting = startOneInEachWaitStateOfVersion1(key);
    Map<String, Task> tasksBefore = tasks(waiting);
    Map<String, Date> timersBefore = timerDueDates(waiting);
    Plan plan = migration.plan(key, 1, Map.of(OLD_STEP, NEW_STEP));

    DryRun dryRun = migration.dryRun(plan);
    assertThat(dryRun.refused()).isEmpty();
    assertThat(dryRun.movable()).hasSize(waiting.size());
    // The dry run changed nothing.
    assertThat(onVersion(key, 1)).hasSize(waiting.size());

    Started started = migration.migrate(plan, dryRun.receipt());
    runBatch(started.batchId());

    assertThat(onVersion(key, 2))
        .containsExactlyInAnyOrderElementsOf(
            waiting.values().stream().map(ProcessInstance::getId).toList());
    Map<String, Task> tasksAfter = tasks(waiting);
    assertThat(tasksAfter.get(REVIEW).getId()).isEqualTo(tasksBefore.get(REVIEW).getId());
    assertThat(tasksAfter.get(REVIEW).getDueDate()).isEqualTo(tasksBefore.get(REVIEW).getDueDate());
    assertThat(tasksAfter.get(OLD_STEP).getTaskDefinitionKey()).isEqualTo(NEW_STEP);
    assertThat(tasksAfter.get(OLD_STEP).getId()).isEqualTo(tasksBefore.get(OLD_STEP).getId());
    assertThat(tasksAfter.get(OLD_STEP).getDueDate())
        .isEqualTo(tasksBefore.get(OLD_STEP).getDueDate());
    assertThat(tasksAfter.get(LAST_STEP).getId()).isEqualTo(tasksBefore.get(LAST_STEP).getId());
    assertThat(timerDueDates(waiting)).isEqualTo(timersBefore);
    waiting.forEach(
        (state, instance) ->
            assertThat(runtimeService.getVariable(instance.getId(), "employerName"))
                .isEqualTo("Employer waiting in " + state));

    // Journeys go on in the new version: the one that waited for the timer meets the added step.
    Job wait = timerOf(waiting.get(WAIT));
    managementService.executeJob(wait.getId());
    assertThat(activeTask(waiting.get(WAIT)).getTaskDefinitionKey()).isEqualTo(ADDED_STEP);
  }

  @Test
  void aJourneyThatCannotMoveIsReportedAndLeftAsItWas() {
    String key = "migration-refuses";
    Map<String, ProcessInstance> waiting = startOneInEachWaitStateOfVersion1(key);
    Task oldStep = activeTask(waiting.get(OLD_STEP));
    // No mapping for the removed step.
    Plan plan = migration.plan(key, 1, Map.of());

    DryRun dryRun = migration.dryRun(plan);

    assertThat(dryRun.refused())
        .singleElement()
        .satisfies(
            refusal -> {
              assertThat(refusal.processInstanceId()).isEqualTo(waiting.get(OLD_STEP).getId());
              assertThat(String.join(" ", refusal.reasons())).contains(OLD_STEP);
            });
    assertThat(dryRun.movable()).hasSize(waiting.size() - 1);

    Started started = migration.migrate(plan, dryRun.receipt());
    runBatch(started.batchId());

    assertThat(onVersion(key, 1)).containsExactly(waiting.get(OLD_STEP).getId());
    assertThat(onVersion(key, 2)).hasSize(waiting.size() - 1);
    Task stillThere = activeTask(waiting.get(OLD_STEP));
    assertThat(stillThere.getId()).isEqualTo(oldStep.getId());
    assertThat(stillThere.getTaskDefinitionKey()).isEqualTo(OLD_STEP);
    assertThat(
            runtimeService
                .createIncidentQuery()
                .processInstanceId(waiting.get(OLD_STEP).getId())
                .count())
        .isZero();
  }

  @Test
  void nothingMovesWithoutADryRunOfTheSamePlan() throws IOException {
    String key = "migration-needs-dry-run";
    Map<String, ProcessInstance> waiting = startOneInEachWaitStateOfVersion1(key);
    EngineRest manager = EngineRest.as(port, "manager", "manager");

    JsonNode versions = json.readTree(manager.get("/manage/migration/" + key).body());
    assertThat(versions.get(0).path("running").asLong()).isEqualTo(waiting.size());
    assertThat(versions.get(1).path("running").asLong()).isZero();

    var withoutDryRun =
        manager.postJson(
            "/manage/migration/" + key + "/migrate",
            "{\"sourceVersion\": 1, \"mapping\": {\"" + OLD_STEP + "\": \"" + NEW_STEP + "\"}}");
    assertThat(withoutDryRun.statusCode()).isEqualTo(409);

    var dryRunWithoutMapping =
        manager.postJson("/manage/migration/" + key + "/dry-run", "{\"sourceVersion\": 1}");
    assertThat(dryRunWithoutMapping.statusCode()).as(dryRunWithoutMapping.body()).isEqualTo(200);
    String receipt = json.readTree(dryRunWithoutMapping.body()).at("/result/receipt").asText();
    var otherPlan =
        manager.postJson(
            "/manage/migration/" + key + "/migrate",
            "{\"sourceVersion\": 1, \"mapping\": {\""
                + OLD_STEP
                + "\": \""
                + NEW_STEP
                + "\"}, \"receipt\": \""
                + receipt
                + "\"}");
    assertThat(otherPlan.statusCode()).isEqualTo(409);
    assertThatThrownBy(() -> migration.migrate(migration.plan(key, 1, Map.of()), "1.forged"))
        .isInstanceOf(NoDryRunException.class);

    assertThat(onVersion(key, 1)).hasSize(waiting.size());
    assertThat(EngineRest.as(port, "staff", "staff").get("/manage/migration/" + key).statusCode())
        .isEqualTo(403);
  }

  // Versions -------------------------------------------------------------------------------------

  private void deploy(String key, BpmnModelInstance model) {
    try {
      repositoryService
          .createDeployment()
          .name(key)
          .addModelInstance(key + ".bpmn", model)
          .addString(FORM + ".form", Files.readString(Path.of("forms", FORM + ".form")))
          .deploy();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Review (with a silence timer), an old step, a wait, a last step. */
  private static BpmnModelInstance version1(String key) {
    UserTaskBuilder review =
        staffTask(
            Bpmn.createExecutableProcess(key)
                .name("Migration check")
                .camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Started")
                .name("Started")
                .userTask(REVIEW)
                .name("Review"));
    AbstractActivityBuilder<?, ?> afterReview =
        review
            .boundaryEvent(SILENCE)
            .name("Employer not answering")
            .timerWithDuration("PT72H")
            .endEvent("EndEvent_Silent")
            .name("Gave up")
            .moveToActivity(REVIEW);
    AbstractFlowNodeBuilder<?, ?> flow = staffTask(afterReview.userTask(OLD_STEP).name("Old step"));
    flow = flow.intermediateCatchEvent(WAIT).name("Wait two days").timerWithDuration("PT48H");
    flow = staffTask(flow.userTask(LAST_STEP).name("Last step"));
    return flow.endEvent("EndEvent_Done").name("Done").done();
  }

  /** Review renamed, the old step replaced by a new one, a step added after the wait. */
  private static BpmnModelInstance version2(String key) {
    UserTaskBuilder review =
        staffTask(
            Bpmn.createExecutableProcess(key)
                .name("Migration check")
                .camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Started")
                .name("Started")
                .userTask(REVIEW)
                .name("Review the application"));
    AbstractActivityBuilder<?, ?> afterReview =
        review
            .boundaryEvent(SILENCE)
            .name("Employer not answering")
            .timerWithDuration("PT72H")
            .endEvent("EndEvent_Silent")
            .name("Gave up")
            .moveToActivity(REVIEW);
    AbstractFlowNodeBuilder<?, ?> flow = staffTask(afterReview.userTask(NEW_STEP).name("New step"));
    flow = flow.intermediateCatchEvent(WAIT).name("Wait two days").timerWithDuration("PT48H");
    flow = staffTask(flow.userTask(ADDED_STEP).name("Added step"));
    flow = staffTask(flow.userTask(LAST_STEP).name("Last step"));
    return flow.endEvent("EndEvent_Done").name("Done").done();
  }

  private static UserTaskBuilder staffTask(UserTaskBuilder task) {
    return task.camundaCandidateGroups(Groups.CHAMBER_STAFF)
        .camundaFormRef(FORM)
        .camundaFormRefBinding("deployment")
        .camundaDueDate("P3D");
  }

  // Journeys -------------------------------------------------------------------------------------

  /** Version 1 deployed, a journey waiting in each of its tasks and timers, then version 2. */
  private Map<String, ProcessInstance> startOneInEachWaitStateOfVersion1(String key) {
    deploy(key, version1(key));
    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    for (String state : List.of(REVIEW, OLD_STEP, WAIT, LAST_STEP)) {
      waiting.put(
          state,
          runtimeService
              .createProcessInstanceByKey(key)
              .businessKey(key + "-" + state)
              .setVariable("employerName", "Employer waiting in " + state)
              .startBeforeActivity(state)
              .execute());
    }
    deploy(key, version2(key));
    return waiting;
  }

  private List<String> onVersion(String key, int version) {
    String definitionId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .processDefinitionVersion(version)
            .singleResult()
            .getId();
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionId(definitionId)
        .list()
        .stream()
        .map(ProcessInstance::getId)
        .toList();
  }

  private Map<String, Task> tasks(Map<String, ProcessInstance> waiting) {
    Map<String, Task> tasks = new LinkedHashMap<>();
    waiting.forEach(
        (state, instance) -> {
          Task task = activeTask(instance);
          if (task != null) {
            tasks.put(state, task);
          }
        });
    return tasks;
  }

  private Task activeTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Map<String, Date> timerDueDates(Map<String, ProcessInstance> waiting) {
    Map<String, Date> due = new LinkedHashMap<>();
    waiting.forEach(
        (state, instance) -> {
          Job timer = timerOf(instance);
          if (timer != null) {
            due.put(state, timer.getDuedate());
          }
        });
    assertThat(due).containsKeys(REVIEW, WAIT);
    return due;
  }

  private Job timerOf(ProcessInstance instance) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .singleResult();
  }

  /** Runs the batch's seed and migration jobs, as the job executor would. */
  private void runBatch(String batchId) {
    Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
    assertThat(batch).isNotNull();
    List<Job> jobs;
    do {
      jobs = new ArrayList<>();
      for (String definition :
          List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
        jobs.addAll(managementService.createJobQuery().jobDefinitionId(definition).list());
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    } while (!jobs.isEmpty());
  }
}
