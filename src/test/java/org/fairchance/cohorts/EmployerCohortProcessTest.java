package org.fairchance.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fairchance.cohorts.EmployerCohortProcess.Elements.*;
import static org.fairchance.cohorts.EmployerCohortProcess.Variables.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fairchance.cohorts.EmployerCohortProcess.Forms;
import org.fairchance.cohorts.EmployerCohortProcess.Values;
import org.fairchance.identity.Groups;
import org.fairchance.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

@Deployment(
    resources = {
      "processes/employer-cohort.bpmn",
      "forms/cohort-plan.form",
      "forms/cohort-partners.form",
      "forms/cohort-sessions.form",
      "forms/cohort-progress.form",
      "forms/cohort-review.form"
    })
class EmployerCohortProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

  Cohorts cohorts;

  @BeforeEach
  void registerBeans() {
    cohorts = mock(Cohorts.class);
    Mocks.register("registerCohortDelegate", new RegisterCohortDelegate(cohorts));
    Mocks.register("closeCohortDelegate", new CloseCohortDelegate(cohorts));
    Mocks.register("cohortTimers", new CohortTimers(CohortSettings.defaults()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void plannedCohortIsRegisteredUnderItsOwnIdAndManagersInvitePartners() {
    ProcessInstance cohort = plan(null);

    assertThat(cohort).isWaitingAt(TASK_INVITE_PARTNERS).hasPassed(REGISTER_COHORT);
    ArgumentCaptor<Cohorts.Plan> registered = ArgumentCaptor.forClass(Cohorts.Plan.class);
    verify(cohorts).register(registered.capture());
    String id = runtimeService().createProcessInstanceQuery().singleResult().getBusinessKey();
    assertThat(id).matches("CO-\\d{4}-[A-Z2-9]{5}");
    assertThat(registered.getValue())
        .isEqualTo(
            new Cohorts.Plan(
                id,
                "Northland manufacturers",
                "manufacturing",
                "Clay and Platte",
                12,
                "2027-03-02",
                "2027-06-29"));
    assertThat(cohort).variables().containsEntry(COHORT_ID, id);
    assertThat(task(cohort))
        .hasName("Partner: invite employers and partners for Northland manufacturers")
        .hasCandidateGroup(Groups.MANAGERS);
    assertThat(formOf(task(cohort))).isEqualTo(Forms.PARTNERS);
  }

  @Test
  void cohortStartedWithABusinessKeyKeepsIt() {
    ProcessInstance cohort = plan("CO-2027-TEST1");

    assertThat(cohort).isWaitingAt(TASK_INVITE_PARTNERS);
    assertThat(cohort).variables().containsEntry(COHORT_ID, "CO-2027-TEST1");
  }

  @Test
  void planThatCannotBeRegisteredStartsNoCohort() {
    doThrow(new CohortException("Give the cohort a name.")).when(cohorts).register(any());

    assertThatThrownBy(() -> plan(null)).hasMessageContaining("Give the cohort a name.");

    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void cohortGoesThroughPartnerEquipAndImplementToItsFirstReview() {
    ProcessInstance cohort = plan(null);

    complete(task(cohort), withVariables(PARTNERS, "Jackson County probation office"));
    assertThat(cohort).isWaitingAt(TASK_SCHEDULE_SESSIONS);
    assertThat(task(cohort))
        .hasName("Equip: schedule the sessions of Northland manufacturers")
        .hasCandidateGroup(Groups.MANAGERS);
    assertThat(formOf(task(cohort))).isEqualTo(Forms.SESSIONS);
    complete(task(cohort), withVariables(PEER_LEARNING_PLAN, "Round table in April"));
    assertThat(cohort).isWaitingAt(TASK_FOLLOW_PROGRESS);
    assertThat(task(cohort))
        .hasName("Implement: follow the progress of Northland manufacturers")
        .hasCandidateGroup(Groups.MANAGERS);
    assertThat(formOf(task(cohort))).isEqualTo(Forms.PROGRESS);
    complete(task(cohort), withVariables(PROGRESS_NOTE, "Ten members in the workshop stage"));

    assertThat(cohort).isWaitingAt(TIMER_NEXT_COHORT_REVIEW);
    assertThat(job(cohort).getDuedate()).isCloseTo(daysFromNow(90), 60_000);
    execute(job(cohort)); // the review interval has passed
    assertThat(cohort).isWaitingAt(TASK_REVIEW_COHORT);
    assertThat(task(cohort))
        .hasName("Sustain: review Northland manufacturers")
        .hasCandidateGroup(Groups.MANAGERS);
    assertThat(formOf(task(cohort))).isEqualTo(Forms.REVIEW);
    assertThat(task(cohort).getDueDate()).isCloseTo(daysFromNow(10), 60_000);
  }

  @Test
  void reviewKeepsTheCohortGoingUntilTheNextReview() {
    ProcessInstance cohort = startAtReview();

    complete(
        task(cohort),
        withVariables(REVIEW_DECISION, Values.KEEP_GOING, REVIEW_NOTE, "Two hires so far"));

    assertThat(cohort).isWaitingAt(TIMER_NEXT_COHORT_REVIEW).hasPassed(GATEWAY_KEEP_COHORT_GOING);
    execute(job(cohort)); // the review interval has passed
    assertThat(cohort).isWaitingAt(TASK_REVIEW_COHORT);
    verify(cohorts, never()).close(any());
  }

  @Test
  void reviewClosesTheCohort() {
    ProcessInstance cohort = startAtReview();

    complete(
        task(cohort),
        withVariables(REVIEW_DECISION, Values.CLOSE, REVIEW_NOTE, "Every member recognized"));

    assertThat(cohort).isEnded().hasPassed(CLOSE_COHORT, END_COHORT_CLOSED);
    verify(cohorts).close("CO-2027-REVIEW");
  }

  private static ProcessInstance plan(String businessKey) {
    return runtimeService()
        .startProcessInstanceByKey(
            EmployerCohortProcess.KEY,
            businessKey,
            withVariables(
                COHORT_NAME,
                "Northland manufacturers",
                SECTOR,
                "manufacturing",
                REGION,
                "Clay and Platte",
                PLANNED_SIZE,
                12,
                STARTS_ON,
                "2027-03-02",
                ENDS_ON,
                "2027-06-29"));
  }

  private static ProcessInstance startAtReview() {
    ProcessInstance cohort =
        runtimeService()
            .createProcessInstanceByKey(EmployerCohortProcess.KEY)
            .businessKey("CO-2027-REVIEW")
            .setVariables(
                Map.of(COHORT_ID, "CO-2027-REVIEW", COHORT_NAME, "Northland manufacturers"))
            .startBeforeActivity(TASK_REVIEW_COHORT)
            .execute();
    assertThat(cohort).isWaitingAt(TASK_REVIEW_COHORT);
    return cohort;
  }

  private static Date daysFromNow(int days) {
    return Date.from(Instant.now().plus(Duration.ofDays(days)));
  }

  private static String formOf(Task task) {
    return taskService()
        .createTaskQuery()
        .taskId(task.getId())
        .initializeFormKeys()
        .singleResult()
        .getCamundaFormRef()
        .getKey();
  }
}
