package org.fairchance.onboarding.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Elements.*;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Forms;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.MailKinds;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Values;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Variables;
import org.fairchance.reminders.MailRecipient;
import org.fairchance.support.EngineTime;
import org.fairchance.support.JourneyMocks;
import org.fairchance.support.ProcessTestEngine;
import org.fairchance.support.StageStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      ProbationOfficerMeetingProcessTest.BPMN,
      "forms/officer-meeting-scheduling.form",
      "forms/officer-meeting-confirmation.form",
      "forms/officer-meeting-outcome.form",
      "forms/silent-employer-follow-up.form"
    })
class ProbationOfficerMeetingProcessTest {

  static final String BPMN = "processes/probation-officer-meeting.bpmn";
  static final String JOURNEY_BPMN = "processes/employer-onboarding.bpmn";

  /** The stages around this one, stubbed when a test runs the whole journey. */
  static final String[] OTHER_STAGES = {
    "education-workshop", "policy-adoption", "first-hire", "sustain-review"
  };

  /** The journey and the other stages have test classes of their own. */
  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessTestEngine.extension(
          Stream.concat(Stream.of(EmployerOnboardingProcess.KEY), Arrays.stream(OTHER_STAGES))
              .toArray(String[]::new));

  /** Monday morning in the chamber's time zone. */
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00-06:00");

  /** As the scheduling form submits it: ten days ahead, after the switch to daylight time. */
  static final String MEETING = "2026-03-12T14:30-05:00";

  static final Date MEETING_START = date(OffsetDateTime.parse(MEETING));
  static final String MEETING_LABEL = "Thursday, March 12, 2026 at 2:30 PM";

  JourneyMocks.RecordingMail mail;

  /** The journey and the stubs of the other stages, for the tests that run the whole journey. */
  final List<String> journeyDeployments = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(date(NOW));
    mail = JourneyMocks.register();
    Mocks.register(
        "officerMeetingScheduledListener",
        new OfficerMeetingScheduledListener(new OfficerMeetingSchedule(new EngineTime())));
    Mocks.register(
        "officerMeetingTimers", new OfficerMeetingTimers(OfficerMeetingSettings.defaults()));
    Mocks.register("recordOfficerMeetingHeldDelegate", new RecordOfficerMeetingHeldDelegate());
  }

  @AfterEach
  void resetBeansAndClock() {
    journeyDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void meetingHeldTheFirstTimeEndsTheStageWithTheOfficersContact() {
    ProcessInstance stage = start();
    assertThat(stage).isWaitingAt(TASK_SCHEDULE_MEETING);
    assertThat(task(stage))
        .hasName("Schedule probation and parole meeting: Acme Tools")
        .hasCandidateGroup(Groups.REENTRY_LIAISON)
        .hasDueDate(daysAfter(date(NOW), 10));
    assertThat(formOf(stage)).isEqualTo(Forms.SCHEDULING);

    complete(task(stage), schedule(MEETING));
    assertThat(stage)
        .isWaitingAt(TELL_EMPLOYER_MEETING_SCHEDULED, TELL_OFFICER_MEETING_SCHEDULED)
        .variables()
        .containsEntry(Variables.MEETING_START, MEETING_START)
        .containsEntry(Variables.MEETING_LABEL, MEETING_LABEL);
    tellBothSides(stage);
    assertThat(mailsTo(stage))
        .containsExactlyInAnyOrder(
            tuple(MailKinds.MEETING_SCHEDULED, recipient(MailRecipient.EMPLOYER)),
            tuple(MailKinds.MEETING_SCHEDULED_OFFICER, recipient(MailRecipient.OFFICER)));

    assertThat(stage).isWaitingAt(TASK_CONFIRM_MEETING);
    assertThat(task(stage))
        .hasName("Confirm the meeting with probation and parole officers: Acme Tools")
        .hasCandidateGroup(Groups.EMPLOYER)
        .hasDueDate(daysAfter(date(NOW), 3));
    assertThat(formOf(stage)).isEqualTo(Forms.CONFIRMATION);
    complete(task(stage), attending());

    assertThat(stage).isWaitingAt(TIMER_REMINDER_DUE);
    execute(job(TIMER_REMINDER_DUE, stage)); // two days before the meeting
    execute(job(REMIND_EMPLOYER, stage)); // the reminders are sent asynchronously
    execute(job(REMIND_OFFICER, stage));
    assertThat(stage).isWaitingAt(TIMER_MEETING_STARTS);
    ClockUtil.setCurrentTime(MEETING_START);
    execute(job(TIMER_MEETING_STARTS, stage)); // the meeting has begun

    assertThat(stage).isWaitingAt(TASK_RECORD_MEETING_OUTCOME);
    assertThat(task(stage))
        .hasName("Record meeting outcome: Acme Tools")
        .hasCandidateGroup(Groups.REENTRY_LIAISON);
    assertThat(formOf(stage)).isEqualTo(Forms.OUTCOME);
    assertThat(task(stage).getDueDate()).isEqualTo(daysAfter(MEETING_START, 3));
    complete(task(stage), held(" Sam Ortiz "));

    assertThat(stage)
        .isEnded()
        .hasPassedInOrder(
            TASK_SCHEDULE_MEETING,
            TASK_CONFIRM_MEETING,
            TIMER_REMINDER_DUE,
            TIMER_MEETING_STARTS,
            TASK_RECORD_MEETING_OUTCOME,
            RECORD_MEETING_HELD,
            END_MEETING_HELD)
        .variables()
        .containsEntry(EmployerOnboardingProcess.Variables.OFFICER_MEETING_HELD_ON, MEETING_START)
        .containsEntry(EmployerOnboardingProcess.Variables.OFFICER_CONTACT_NAME, "Sam Ortiz");
    assertThat(mail.kinds())
        .containsExactlyInAnyOrder(
            MailKinds.MEETING_SCHEDULED,
            MailKinds.MEETING_SCHEDULED_OFFICER,
            MailKinds.MEETING_REMINDER,
            MailKinds.MEETING_REMINDER_OFFICER);
  }

  @Test
  void bothSidesAreRemindedTwoDaysBeforeTheMeeting() {
    ProcessInstance stage = startConfirmed();

    assertThat(job(TIMER_REMINDER_DUE, stage).getDuedate())
        .isEqualTo(date(OffsetDateTime.parse(MEETING).minusDays(2)));
    assertThat(mail.kinds())
        .doesNotContain(MailKinds.MEETING_REMINDER, MailKinds.MEETING_REMINDER_OFFICER);
    execute(job(TIMER_REMINDER_DUE, stage)); // two days before the meeting
    assertThat(stage).isWaitingAt(REMIND_EMPLOYER, REMIND_OFFICER);
    execute(job(REMIND_EMPLOYER, stage)); // the reminders are sent asynchronously
    execute(job(REMIND_OFFICER, stage));

    assertThat(mailsTo(stage))
        .containsExactlyInAnyOrder(
            tuple(MailKinds.MEETING_SCHEDULED, recipient(MailRecipient.EMPLOYER)),
            tuple(MailKinds.MEETING_SCHEDULED_OFFICER, recipient(MailRecipient.OFFICER)),
            tuple(MailKinds.MEETING_REMINDER, recipient(MailRecipient.EMPLOYER)),
            tuple(MailKinds.MEETING_REMINDER_OFFICER, recipient(MailRecipient.OFFICER)));
    assertThat(stage).isWaitingAt(TIMER_MEETING_STARTS);
    assertThat(job(TIMER_MEETING_STARTS, stage).getDuedate()).isEqualTo(MEETING_START);
    assertThat(stage).hasNotPassed(TASK_RECORD_MEETING_OUTCOME);
  }

  @Test
  void meetingAtShortNoticeIsRemindedAtOnce() {
    String tomorrow = "2026-03-03T10:00-06:00";
    ProcessInstance stage = start();
    complete(task(stage), schedule(tomorrow));
    tellBothSides(stage);
    complete(task(stage), attending());

    assertThat(job(TIMER_REMINDER_DUE, stage).getDuedate())
        .isEqualTo(date(OffsetDateTime.parse(tomorrow).minusDays(2)))
        .isBefore(ClockUtil.now());
    execute(job(TIMER_REMINDER_DUE, stage)); // due already: fires at the next poll
    execute(job(REMIND_EMPLOYER, stage)); // the reminders are sent asynchronously
    execute(job(REMIND_OFFICER, stage));

    assertThat(stage).isWaitingAt(TIMER_MEETING_STARTS);
    assertThat(job(TIMER_MEETING_STARTS, stage).getDuedate())
        .isEqualTo(date(OffsetDateTime.parse(tomorrow)));
  }

  @Test
  void employerNeedsAnotherTimeAndTheLiaisonSchedulesAgain() {
    ProcessInstance stage = start();
    complete(task(stage), schedule(MEETING));
    tellBothSides(stage);

    complete(
        task(stage),
        withVariables(
            Variables.CONFIRMATION,
            Values.ANOTHER_TIME,
            Variables.EMPLOYER_NOTE,
            "Tuesdays or Wednesdays after 1 pm"));
    assertThat(stage)
        .isWaitingAt(TASK_SCHEDULE_MEETING)
        .variables()
        .containsEntry(Variables.CONFIRMATION, Values.ANOTHER_TIME)
        .containsEntry(Variables.MEETING_LABEL, MEETING_LABEL);

    String later = "2026-03-17T13:30-05:00";
    complete(task(stage), schedule(later));
    assertThat(stage)
        .variables()
        .containsEntry(Variables.MEETING_START, date(OffsetDateTime.parse(later)))
        .doesNotContainKeys(Variables.CONFIRMATION, Variables.EMPLOYER_NOTE);
    tellBothSides(stage);

    assertThat(stage).isWaitingAt(TASK_CONFIRM_MEETING);
    assertThat(mail.kinds())
        .containsExactlyInAnyOrder(
            MailKinds.MEETING_SCHEDULED,
            MailKinds.MEETING_SCHEDULED_OFFICER,
            MailKinds.MEETING_SCHEDULED,
            MailKinds.MEETING_SCHEDULED_OFFICER);
  }

  @Test
  void meetingNotHeldIsRescheduled() {
    ProcessInstance stage = startAt(TASK_RECORD_MEETING_OUTCOME);

    complete(
        task(stage),
        withVariables(
            Variables.OUTCOME,
            Values.RESCHEDULE,
            Variables.OUTCOME_NOTE,
            "The officer was called to court"));
    assertThat(stage).isWaitingAt(TASK_SCHEDULE_MEETING);

    complete(task(stage), schedule("2026-03-19T10:00-05:00"));
    assertThat(stage)
        .hasPassed(GATEWAY_MEETING_HELD)
        .hasNotPassed(END_MEETING_HELD)
        .variables()
        .doesNotContainKeys(
            Variables.OUTCOME,
            Variables.OUTCOME_NOTE,
            EmployerOnboardingProcess.Variables.OFFICER_MEETING_HELD_ON);
    tellBothSides(stage);
    assertThat(stage).isWaitingAt(TASK_CONFIRM_MEETING);
  }

  @Test
  void meetingInThePastIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance stage = start();
    String taskId = task(stage).getId();

    assertThatThrownBy(() -> taskService().complete(taskId, schedule("2026-02-27T14:00-06:00")))
        .hasRootCauseInstanceOf(OfficerMeetingException.class)
        .hasMessageContaining("Friday, February 27, 2026 at 2:00 PM")
        .hasMessageContaining("in the past");

    assertThat(stage).isWaitingAt(TASK_SCHEDULE_MEETING);
    assertThat(task(stage).getId()).isEqualTo(taskId);
    assertThat(stage).variables().doesNotContainKey(Variables.MEETING_START);
    assertThat(mail.sent()).isEmpty();
  }

  @Test
  void employerConfirmingAfterTheMeetingBeganGoesStraightToTheOutcome() {
    ProcessInstance stage = start();
    complete(task(stage), schedule(MEETING));
    tellBothSides(stage);

    ClockUtil.setCurrentTime(date(OffsetDateTime.parse(MEETING).plusHours(3)));
    complete(task(stage), attending());

    assertThat(stage)
        .isWaitingAt(TASK_RECORD_MEETING_OUTCOME)
        .hasPassed(GATEWAY_MEETING_STILL_AHEAD)
        .hasNotPassed(TIMER_REMINDER_DUE, TIMER_MEETING_STARTS);
    assertThat(mail.kinds())
        .doesNotContain(MailKinds.MEETING_REMINDER, MailKinds.MEETING_REMINDER_OFFICER);
  }

  @Test
  void silentEmployerIsFollowedUpAndStaffKeepWaiting() {
    ProcessInstance stage = startAt(TASK_CONFIRM_MEETING);

    execute(job(BOUNDARY_EMPLOYER_SILENT, stage)); // the employer has not answered in time
    assertThat(stage).isWaitingAt(TASK_FOLLOW_UP_SILENT_EMPLOYER);
    assertThat(task(stage)).hasName("Employer not answering: Acme Tools").isAssignedTo("staff");
    assertThat(candidateGroupsOf(stage)).containsExactly(Groups.CHAMBER_STAFF);
    assertThat(formOf(stage)).isEqualTo(EmployerOnboardingProcess.Forms.SILENT_EMPLOYER_FOLLOW_UP);
    complete(
        task(stage),
        withVariables(
            EmployerOnboardingProcess.Variables.FOLLOW_UP_DECISION,
            EmployerOnboardingProcess.Values.KEEP_WAITING));

    assertThat(stage).isWaitingAt(TASK_CONFIRM_MEETING);
    assertThat(task(stage)).hasCandidateGroup(Groups.EMPLOYER);
  }

  @Test
  void silentEmployerIsClosedAsInactive() {
    ProcessInstance stage = startAt(TASK_CONFIRM_MEETING);

    execute(job(BOUNDARY_EMPLOYER_SILENT, stage)); // the employer has not answered in time
    complete(
        task(stage),
        withVariables(
            EmployerOnboardingProcess.Variables.FOLLOW_UP_DECISION,
            EmployerOnboardingProcess.Values.CLOSE));

    assertThat(stage).isEnded().hasPassed(END_EMPLOYER_INACTIVE).hasNotPassed(END_MEETING_HELD);
  }

  @Test
  void journeyReceivesTheDateAndTheOfficersContactAndGoesOnToTheFirstHire() {
    ProcessInstance journey = startJourneyAtThisStage();
    ProcessInstance stage = calledProcessInstance(ProbationOfficerMeetingProcess.KEY, journey);
    assertThat(stage.getBusinessKey()).isEqualTo(journey.getBusinessKey());

    runTheStageUntilTheOutcome(stage);
    complete(task(stage), held("Sam Ortiz"));

    assertThat(stage).isEnded().hasPassed(END_MEETING_HELD);
    assertThat(journey)
        .isWaitingAt(Elements.CALL_FIRST_HIRE)
        .variables()
        .containsEntry(EmployerOnboardingProcess.Variables.OFFICER_MEETING_HELD_ON, MEETING_START)
        .containsEntry(EmployerOnboardingProcess.Variables.OFFICER_CONTACT_NAME, "Sam Ortiz")
        .doesNotContainKeys(Variables.SUPERVISION_CONDITIONS, Variables.VERIFICATION_METHOD);
  }

  @Test
  void employerClosedAsInactiveHereEndsTheJourney() {
    ProcessInstance journey = startJourneyAtThisStage();
    ProcessInstance stage = calledProcessInstance(ProbationOfficerMeetingProcess.KEY, journey);
    complete(task(stage), schedule(MEETING));
    tellBothSides(stage);

    execute(job(BOUNDARY_EMPLOYER_SILENT, stage)); // the employer has not answered in time
    complete(
        task(stage),
        withVariables(
            EmployerOnboardingProcess.Variables.FOLLOW_UP_DECISION,
            EmployerOnboardingProcess.Values.CLOSE));
    assertThat(journey).isWaitingAt(Elements.SEND_CLOSED_INACTIVE_MAIL);
    execute(job(journey)); // the closing mail is sent asynchronously

    assertThat(stage).isEnded().hasPassed(END_EMPLOYER_INACTIVE);
    assertThat(journey).isEnded().hasPassed(Elements.END_CLOSED_AS_INACTIVE);
  }

  private void runTheStageUntilTheOutcome(ProcessInstance stage) {
    complete(task(stage), schedule(MEETING));
    tellBothSides(stage);
    complete(task(stage), attending());
    execute(job(TIMER_REMINDER_DUE, stage)); // two days before the meeting
    execute(job(REMIND_EMPLOYER, stage)); // the reminders are sent asynchronously
    execute(job(REMIND_OFFICER, stage));
    execute(job(TIMER_MEETING_STARTS, stage)); // the meeting has begun
    assertThat(stage).isWaitingAt(TASK_RECORD_MEETING_OUTCOME);
  }

  private static void tellBothSides(ProcessInstance stage) {
    execute(job(TELL_EMPLOYER_MEETING_SCHEDULED, stage)); // the employer is told asynchronously
    execute(job(TELL_OFFICER_MEETING_SCHEDULED, stage)); // and so is the officer
  }

  private List<Tuple> mailsTo(ProcessInstance stage) {
    return mail.sent().stream()
        .filter(sent -> sent.processInstanceId().equals(stage.getId()))
        .map(sent -> tuple(sent.kind(), sent.recipient()))
        .toList();
  }

  private static String recipient(MailRecipient recipient) {
    return recipient.name().toLowerCase(Locale.ROOT);
  }

  /** What the liaison enters on the scheduling form. */
  private static Map<String, Object> schedule(String dateTime) {
    return withVariables(
        Variables.MEETING_DATE_TIME,
        dateTime,
        Variables.MEETING_PLACE,
        "Probation and Parole, 615 E 13th St, room 4",
        Variables.OFFICER_NAME,
        "Sam Ortiz",
        Variables.OFFICER_AGENCY,
        Values.PROBATION_AND_PAROLE,
        Variables.OFFICER_OFFICE,
        "District 5, Kansas City",
        EmployerOnboardingProcess.Variables.OFFICER_EMAIL,
        "sam.ortiz@probation.example",
        Variables.OFFICER_PHONE,
        "816-555-0199");
  }

  private static Map<String, Object> attending() {
    return withVariables(
        Variables.CONFIRMATION,
        Values.ATTENDING,
        Variables.ATTENDEES,
        "Dana Reyes, HR manager; Lee Park, plant supervisor");
  }

  /** What the liaison enters on the outcome form when the meeting took place. */
  private static Map<String, Object> held(String officerContactName) {
    return withVariables(
        Variables.OUTCOME,
        Values.HELD,
        Variables.EMPLOYER_CONTACT_NAME,
        "Dana Reyes",
        Variables.EMPLOYER_CONTACT_ROLE,
        "HR manager",
        EmployerOnboardingProcess.Variables.OFFICER_CONTACT_NAME,
        officerContactName,
        Variables.SUPERVISION_CONDITIONS,
        List.of(Values.REPORTING_DAYS, Values.DRUG_TESTS, Values.COURT_DATES),
        Variables.VERIFICATION_METHOD,
        Values.OFFICER_CALLS_EMPLOYER);
  }

  private static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(ProbationOfficerMeetingProcess.KEY, "FC-TEST-1", journey());
  }

  /** The employer has confirmed a meeting ten days ahead. */
  private static ProcessInstance startConfirmed() {
    ProcessInstance stage = start();
    complete(task(stage), schedule(MEETING));
    tellBothSides(stage);
    complete(task(stage), attending());
    assertThat(stage).isWaitingAt(TIMER_REMINDER_DUE);
    return stage;
  }

  /** A stage scheduled earlier, started in a late step. */
  private static ProcessInstance startAt(String activityId) {
    return runtimeService()
        .createProcessInstanceByKey(ProbationOfficerMeetingProcess.KEY)
        .businessKey("FC-TEST-LATE")
        .setVariables(journey())
        .setVariables(schedule(MEETING))
        .setVariable(Variables.MEETING_START, MEETING_START)
        .setVariable(Variables.MEETING_LABEL, MEETING_LABEL)
        .startBeforeActivity(activityId)
        .execute();
  }

  /** A journey accepted earlier, now at this stage; the stages around it are stubs. */
  private ProcessInstance startJourneyAtThisStage() {
    journeyDeployments.add(
        repositoryService()
            .createDeployment()
            .name("journey around the probation and parole meeting")
            .addClasspathResource(JOURNEY_BPMN)
            .deploy()
            .getId());
    journeyDeployments.add(StageStubs.deploy(repositoryService(), OTHER_STAGES));
    return runtimeService()
        .createProcessInstanceByKey(EmployerOnboardingProcess.KEY)
        .businessKey("FC-TEST-JOURNEY")
        .setVariables(journey())
        .setVariable(
            EmployerOnboardingProcess.Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.ACCEPTED)
        .startBeforeActivity(Elements.CALL_PROBATION_OFFICER_MEETING)
        .execute();
  }

  /** The journey's variables as the stage receives them. */
  private static Map<String, Object> journey() {
    return withVariables(
        EmployerOnboardingProcess.Variables.EMPLOYER_NAME,
        "Acme Tools",
        EmployerOnboardingProcess.Variables.CONTACT_NAME,
        "Dana Reyes",
        EmployerOnboardingProcess.Variables.CONTACT_EMAIL,
        "dana@acme.example",
        EmployerOnboardingProcess.Variables.CONTACT_PHONE,
        "816-555-0101",
        EmployerOnboardingProcess.Variables.COUNTY,
        "Jackson",
        EmployerOnboardingProcess.Variables.COORDINATOR,
        "staff",
        EmployerOnboardingProcess.Variables.STAGE,
        "Probation and parole meeting");
  }

  private static Date date(OffsetDateTime dateTime) {
    return Date.from(dateTime.toInstant());
  }

  /** The Camunda Form of the stage's open task. */
  private static String formOf(ProcessInstance stage) {
    return formService().getTaskFormData(task(stage).getId()).getCamundaFormRef().getKey();
  }

  /** Candidate groups of the stage's open task, assigned or not. */
  private static List<String> candidateGroupsOf(ProcessInstance stage) {
    return taskService().getIdentityLinksForTask(task(stage).getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  /** A due date {@code days} after {@code from}, as the engine adds an ISO period. */
  private static Date daysAfter(Date from, int days) {
    return Date.from(from.toInstant().atZone(ZoneId.systemDefault()).plusDays(days).toInstant());
  }
}
