package org.fairchance.onboarding.sustain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.*;
import static org.fairchance.onboarding.sustain.SustainReviewProcess.Elements.*;
import static org.fairchance.onboarding.sustain.SustainReviewProcess.Variables.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.sustain.SustainReviewProcess.Forms;
import org.fairchance.onboarding.sustain.SustainReviewProcess.MailKinds;
import org.fairchance.onboarding.sustain.SustainReviewProcess.Values;
import org.fairchance.reminders.MailRecipient;
import org.fairchance.reporting.HireReports;
import org.fairchance.support.JourneyMocks;
import org.fairchance.support.JourneyMocks.SentMail;
import org.fairchance.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sustain review on its own, and, where the journey's part matters (an inactive employer, the
 * result it maps back), called from the real {@code employer-onboarding}, whose coverage its own
 * test class measures.
 */
@Deployment(
    resources = {
      "processes/sustain-review.bpmn",
      "processes/employer-onboarding.bpmn",
      "forms/retention-check-in.form",
      "forms/sustain-review.form",
      "forms/silent-employer-follow-up.form"
    })
class SustainReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessTestEngine.extension(EmployerOnboardingProcess.KEY);

  static final ZoneId ZONE = ZoneId.systemDefault();
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  static final LocalDateTime NOW = START.atTime(10, 0);
  static final LocalDate BOND_END = START.plusMonths(6);
  static final String REPORT_ID = "report-1";
  static final String EMPLOYER = "Acme Tools";
  static final String COORDINATOR_LOGIN = "staff";
  static final String TO_EMPLOYER = MailRecipient.EMPLOYER.name().toLowerCase(Locale.ROOT);
  static final String TO_COORDINATOR = MailRecipient.COORDINATOR.name().toLowerCase(Locale.ROOT);

  JourneyMocks.RecordingMail mail;
  HireReports hireReports;

  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(date(NOW));
    mail = JourneyMocks.register();
    hireReports = mock(HireReports.class);
    Mocks.register("retentionSchedule", new RetentionSchedule(ZONE));
    Mocks.register(
        "recordRetentionCheckInDelegate", new RecordRetentionCheckInDelegate(hireReports));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void firstCheckInGoesToTheEmployerThirtyDaysAfterTheStart() {
    ProcessInstance stage = startStage(null);

    assertThat(job(TIMER_CHECK_IN_DUE).getDuedate()).isEqualTo(nineOClock(START.plusDays(30)));
    execute(job(TIMER_CHECK_IN_DUE)); // the check-in day is reached

    assertThat(stage).isWaitingAt(TASK_RETENTION_CHECK_IN);
    assertThat(task())
        .hasName("Retention check-in, day 30: " + EMPLOYER)
        .hasCandidateGroup(Groups.EMPLOYER)
        .hasDueDate(date(NOW.plusDays(7)))
        .isNotAssigned();
    assertThat(formOf(task())).isEqualTo(Forms.RETENTION_CHECK_IN);
  }

  @Test
  void employerAnswersThreeCheckInsAndStaffRecognizeTheEmployer() {
    ProcessInstance stage = startStage(null);

    for (int day : List.of(30, 90, 180)) {
      assertThat(stage).isWaitingAt(TIMER_CHECK_IN_DUE);
      assertThat(job(TIMER_CHECK_IN_DUE).getDuedate()).isEqualTo(nineOClock(START.plusDays(day)));
      execute(job(TIMER_CHECK_IN_DUE)); // the check-in day is reached
      assertThat(task()).hasName("Retention check-in, day " + day + ": " + EMPLOYER);
      complete(task(), stillEmployed(18.25, Values.NO));
      verify(hireReports).recordRetention(REPORT_ID, day, true, new BigDecimal("18.25"), false);
    }

    assertThat(stage).isWaitingAt(TASK_SUSTAIN_REVIEW);
    assertThat(task())
        .hasName("Sustain review: " + EMPLOYER)
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF)
        .isAssignedTo(COORDINATOR_LOGIN)
        .hasDueDate(date(NOW.plusDays(10)));
    assertThat(formOf(task())).isEqualTo(Forms.SUSTAIN_REVIEW);
    assertThat(stage)
        .variables()
        .containsEntry(HIRE_STILL_EMPLOYED, true)
        .containsEntry(
            RETENTION_SUMMARY,
            """
            - **Day 30:** still employed, $18.25 an hour, not promoted
            - **Day 90:** still employed, $18.25 an hour, not promoted
            - **Day 180:** still employed, $18.25 an hour, not promoted\
            """);
    complete(task(), decision(Values.RECOGNIZE));

    assertThat(stage)
        .isEnded()
        .hasPassed(END_NO_BOND, END_CHECK_INS_DONE, END_RECOGNIZED)
        .hasNotPassed(END_HIRE_LEFT, SEND_HELP_REQUEST_MAIL)
        .variables()
        .containsEntry(RECOGNIZED, true);
    verifyNoMoreInteractions(hireReports);
    assertThat(mail.kinds()).isEmpty();
  }

  @Test
  void hireWhoLeftEndsTheCheckInsAndTheBondReminder() {
    ProcessInstance stage = startStage(date(BOND_END.atStartOfDay()));
    assertThat(stage).isWaitingAt(TIMER_CHECK_IN_DUE, TIMER_BOND_ENDING_SOON);

    execute(job(TIMER_CHECK_IN_DUE)); // the check-in day is reached
    complete(task(), withVariables(STILL_EMPLOYED, Values.NO));

    verify(hireReports).recordRetention(REPORT_ID, 30, false, null, null);
    assertThat(stage).isWaitingAt(TASK_SUSTAIN_REVIEW);
    assertThat(jobQuery().count()).as("no check-in or bond timer left").isZero();
    assertThat(stage)
        .hasPassed(END_HIRE_LEFT)
        .hasNotPassed(END_CHECK_INS_DONE, SEND_BOND_ENDING_MAIL)
        .variables()
        .containsEntry(HIRE_STILL_EMPLOYED, false)
        .containsEntry(RETENTION_SUMMARY, "- **Day 30:** no longer employed");
    verifyNoMoreInteractions(hireReports);
  }

  @Test
  void employerIsRemindedTwoWeeksBeforeTheBondEnds() {
    ProcessInstance stage = startStage(date(BOND_END.atStartOfDay()));

    assertThat(job(TIMER_BOND_ENDING_SOON).getDuedate())
        .isEqualTo(nineOClock(BOND_END.minusDays(14)));
    execute(job(TIMER_BOND_ENDING_SOON)); // two weeks before the bond ends
    assertThat(stage).isWaitingAt(SEND_BOND_ENDING_MAIL, TIMER_CHECK_IN_DUE);
    execute(job(SEND_BOND_ENDING_MAIL)); // the reminder is sent asynchronously

    assertThat(mail.sent())
        .containsExactly(new SentMail(MailKinds.BOND_ENDING, TO_EMPLOYER, stage.getId()));
    assertThat(stage).hasPassed(END_BOND_REMINDER_SENT).isWaitingAt(TIMER_CHECK_IN_DUE);
  }

  @Test
  void withoutABondNoReminderIsScheduled() {
    ProcessInstance stage = startStage(null);

    assertThat(stage).hasPassed(END_NO_BOND).isWaitingAt(TIMER_CHECK_IN_DUE);
    assertThat(jobQuery().count()).as("only the first check-in's timer").isOne();
  }

  @Test
  void answersOfOneCheckInDoNotShowInTheNext() {
    ProcessInstance stage = startStage(null);
    execute(job(TIMER_CHECK_IN_DUE)); // the first check-in day is reached
    Map<String, Object> answers = stillEmployed(17.5, Values.YES);
    answers.put(HELP_WANTED, "Bus passes for the night shift");
    complete(task(), answers);
    execute(job(SEND_HELP_REQUEST_MAIL)); // the coordinator is told asynchronously

    execute(job(TIMER_CHECK_IN_DUE)); // the second check-in day is reached

    Task second = task();
    assertThat(second).hasName("Retention check-in, day 90: " + EMPLOYER);
    assertThat(taskService().getVariables(second.getId()))
        .containsEntry(CHECK_IN_DAY, 90)
        .containsEntry(STILL_EMPLOYED, null)
        .containsEntry(CURRENT_HOURLY_WAGE, null)
        .containsEntry(PROMOTED, null)
        .containsEntry(HELP_WANTED, null)
        .containsEntry(HELP_REQUESTED, null);
    assertThat(runtimeService().getVariablesLocal(stage.getId()))
        .doesNotContainKeys(
            CHECK_IN_DAY,
            STILL_EMPLOYED,
            CURRENT_HOURLY_WAGE,
            PROMOTED,
            HELP_WANTED,
            HELP_REQUESTED);
    complete(second, withVariables(STILL_EMPLOYED, Values.NO));
    verify(hireReports).recordRetention(REPORT_ID, 90, false, null, null);
    assertThat(stage).hasPassed(END_HIRE_LEFT).isWaitingAt(TASK_SUSTAIN_REVIEW);
  }

  @Test
  void employerAskingForHelpIsPassedToTheCoordinator() {
    ProcessInstance stage = startStage(null);
    execute(job(TIMER_CHECK_IN_DUE)); // the check-in day is reached
    Map<String, Object> answers = stillEmployed(17.5, Values.YES);
    answers.put(HELP_WANTED, "Bus passes for the night shift");

    complete(task(), answers);
    assertThat(stage).isWaitingAt(SEND_HELP_REQUEST_MAIL);
    execute(job(SEND_HELP_REQUEST_MAIL)); // the coordinator is told asynchronously

    assertThat(mail.sent())
        .containsExactly(
            new SentMail(MailKinds.RETENTION_HELP_REQUESTED, TO_COORDINATOR, stage.getId()));
    assertThat(stage)
        .hasPassed(END_COORDINATOR_TOLD)
        .isWaitingAt(TIMER_CHECK_IN_DUE)
        .variables()
        .containsEntry(
            RETENTION_SUMMARY,
            "- **Day 30:** still employed, $17.50 an hour, promoted."
                + " Asked for help: \u201cBus passes for the night shift\u201d");
    verify(hireReports).recordRetention(REPORT_ID, 30, true, new BigDecimal("17.50"), true);
  }

  @Test
  void silentEmployerIsFollowedUpAndStaffKeepWaiting() {
    ProcessInstance stage = startStage(null);
    execute(job(TIMER_CHECK_IN_DUE)); // the check-in day is reached

    execute(job(BOUNDARY_CHECK_IN_EMPLOYER_SILENT)); // the employer has not answered in time
    assertThat(stage).isWaitingAt(TASK_FOLLOW_UP_SILENT_CHECK_IN);
    assertThat(task())
        .hasName("Employer not answering: " + EMPLOYER)
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF)
        .isAssignedTo(COORDINATOR_LOGIN)
        .hasDueDate(date(NOW.plusDays(2)));
    assertThat(formOf(task())).isEqualTo(EmployerOnboardingProcess.Forms.SILENT_EMPLOYER_FOLLOW_UP);
    complete(
        task(), withVariables(FOLLOW_UP_DECISION, EmployerOnboardingProcess.Values.KEEP_WAITING));

    assertThat(stage).isWaitingAt(TASK_RETENTION_CHECK_IN);
    complete(task(), stillEmployed(17.5, Values.NO));
    verify(hireReports).recordRetention(REPORT_ID, 30, true, new BigDecimal("17.50"), false);
    assertThat(stage)
        .hasPassedInOrder(
            TASK_FOLLOW_UP_SILENT_CHECK_IN, TASK_RETENTION_CHECK_IN, RECORD_RETENTION_CHECK_IN)
        .isWaitingAt(TIMER_CHECK_IN_DUE);
  }

  @Test
  void silentEmployerClosedByStaffEndsTheJourneyAsInactive() {
    ProcessInstance journey = startJourneyAtThisStage();
    ProcessInstance stage = calledProcessInstance(SustainReviewProcess.KEY, journey);
    assertThat(stage).isWaitingAt(TIMER_CHECK_IN_DUE);
    execute(job(TIMER_CHECK_IN_DUE)); // the check-in day is reached
    execute(job(BOUNDARY_CHECK_IN_EMPLOYER_SILENT)); // the employer has not answered in time

    complete(task(), withVariables(FOLLOW_UP_DECISION, EmployerOnboardingProcess.Values.CLOSE));
    assertThat(journey).isWaitingAt(EmployerOnboardingProcess.Elements.SEND_CLOSED_INACTIVE_MAIL);
    execute(job()); // the journey's closing mail is sent asynchronously

    assertThat(stage).isEnded().hasPassed(END_CHECK_IN_EMPLOYER_INACTIVE);
    assertThat(journey)
        .isEnded()
        .hasPassed(EmployerOnboardingProcess.Elements.END_CLOSED_AS_INACTIVE);
  }

  @Test
  void staffGiveMoreTimeAndRecognizeTheEmployerAtTheNextReview() {
    ProcessInstance stage = startAtReview();

    complete(task(), decision(Values.MORE_TIME));
    assertThat(stage).isWaitingAt(SEND_MORE_TIME_MAIL);
    execute(job()); // the employer is told asynchronously
    assertThat(stage).isWaitingAt(TIMER_EXTENSION_OVER);
    assertThat(job().getDuedate()).isEqualTo(date(NOW.plusDays(90)));
    execute(job()); // the extra time is over

    assertThat(stage).isWaitingAt(TASK_SUSTAIN_REVIEW);
    assertThat(taskService().getVariable(task().getId(), SUSTAIN_DECISION))
        .as("the last decision is not filled in again")
        .isNull();
    complete(task(), decision(Values.RECOGNIZE));

    assertThat(stage)
        .isEnded()
        .hasPassedInOrder(SEND_MORE_TIME_MAIL, TIMER_EXTENSION_OVER, END_RECOGNIZED)
        .variables()
        .containsEntry(RECOGNIZED, true)
        .containsEntry(SUSTAIN_DECISION, Values.RECOGNIZE);
    assertThat(mail.sent())
        .containsExactly(new SentMail(MailKinds.SUSTAIN_MORE_TIME, TO_EMPLOYER, stage.getId()));
  }

  @Test
  void staffCloseWithoutRecognitionAndTellTheEmployerWhy() {
    ProcessInstance stage = startAtReview();

    complete(task(), decision(Values.CLOSE));
    assertThat(stage).isWaitingAt(SEND_NOT_RECOGNIZED_MAIL);
    execute(job()); // the employer is told asynchronously

    assertThat(stage)
        .isEnded()
        .hasPassed(END_NOT_RECOGNIZED)
        .variables()
        .containsEntry(RECOGNIZED, false);
    assertThat(mail.sent())
        .containsExactly(
            new SentMail(MailKinds.SUSTAIN_NOT_RECOGNIZED, TO_EMPLOYER, stage.getId()));
  }

  @Test
  void recognitionIsReturnedToTheJourney() {
    ProcessInstance journey = startJourneyAtThisStage();
    ProcessInstance stage = calledProcessInstance(SustainReviewProcess.KEY, journey);
    assertThat(stage).isWaitingAt(TIMER_CHECK_IN_DUE);
    for (int i = 0; i < 3; i++) {
      execute(job(TIMER_CHECK_IN_DUE)); // the check-in day is reached
      complete(task(), stillEmployed(18.0, Values.NO));
    }

    complete(task(), decision(Values.RECOGNIZE));
    assertThat(stage).isEnded().hasPassed(END_RECOGNIZED);
    assertThat(journey).isWaitingAt(EmployerOnboardingProcess.Elements.SEND_RECOGNITION_MAIL);
    execute(job()); // the journey's recognition mail is sent asynchronously

    assertThat(journey)
        .isEnded()
        .hasPassed(EmployerOnboardingProcess.Elements.END_RECOGNIZED)
        .variables()
        .containsEntry(RECOGNIZED, true);
  }

  /** The stage as the journey starts it, waiting for the first check-in day. */
  private static ProcessInstance startStage(Date bondEndDate) {
    ProcessInstance stage =
        runtimeService()
            .createProcessInstanceByKey(SustainReviewProcess.KEY)
            .businessKey("FC-TEST-SUSTAIN")
            .setVariables(journeyVariables(bondEndDate))
            .execute();
    assertThat(stage).isWaitingAt(TIMER_CHECK_IN_DUE);
    return stage;
  }

  /** A stage whose check-ins are done, started at the review. */
  private static ProcessInstance startAtReview() {
    ProcessInstance stage =
        runtimeService()
            .createProcessInstanceByKey(SustainReviewProcess.KEY)
            .businessKey("FC-TEST-SUSTAIN")
            .setVariables(journeyVariables(null))
            .setVariable(HIRE_STILL_EMPLOYED, true)
            .setVariable(
                RETENTION_SUMMARY, "- **Day 180:** still employed, $18.00 an hour, promoted")
            .startBeforeActivity(TASK_SUSTAIN_REVIEW)
            .execute();
    assertThat(stage).isWaitingAt(TASK_SUSTAIN_REVIEW);
    return stage;
  }

  /** The journey, accepted and through its earlier stages, calling this stage. */
  private static ProcessInstance startJourneyAtThisStage() {
    return runtimeService()
        .createProcessInstanceByKey(EmployerOnboardingProcess.KEY)
        .businessKey("FC-TEST-JOURNEY")
        .setVariables(journeyVariables(null))
        .setVariable(ELIGIBILITY_DECISION, EmployerOnboardingProcess.Values.ACCEPTED)
        .startBeforeActivity(EmployerOnboardingProcess.Elements.CALL_SUSTAIN_REVIEW)
        .execute();
  }

  private static Map<String, Object> journeyVariables(Date bondEndDate) {
    Map<String, Object> variables =
        withVariables(
            EMPLOYER_NAME,
            EMPLOYER,
            CONTACT_EMAIL,
            "dana@acme.example",
            COORDINATOR,
            COORDINATOR_LOGIN,
            WORKSHOP_ATTENDED_ON,
            date(START.minusMonths(3).atStartOfDay()),
            POLICY_APPROVED_ON,
            date(START.minusMonths(2).atStartOfDay()),
            HIRE_START_DATE,
            date(START.atStartOfDay()),
            HIRE_ROLE,
            "Machine operator",
            HIRE_REPORT_ID,
            REPORT_ID,
            WOTC_APPLIES,
            true);
    variables.put(BOND_END_DATE, bondEndDate);
    return variables;
  }

  /** What the check-in form submits for a hire still employed. */
  private static Map<String, Object> stillEmployed(double hourlyWage, String promoted) {
    return withVariables(
        STILL_EMPLOYED, Values.YES, CURRENT_HOURLY_WAGE, hourlyWage, PROMOTED, promoted);
  }

  private static Map<String, Object> decision(String decision) {
    return withVariables(SUSTAIN_DECISION, decision, SUSTAIN_NOTE, "A note for the employer");
  }

  private static String formOf(Task task) {
    return taskQuery()
        .taskId(task.getId())
        .initializeFormKeys()
        .singleResult()
        .getCamundaFormRef()
        .getKey();
  }

  private static Date nineOClock(LocalDate day) {
    return date(day.atTime(RetentionSchedule.FIRES_AT));
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }
}
