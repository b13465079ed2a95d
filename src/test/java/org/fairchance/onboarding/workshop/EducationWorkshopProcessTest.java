package org.fairchance.onboarding.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_EMAIL;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_NAME;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_PHONE;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.COORDINATOR;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.EMPLOYER_NAME;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.FOLLOW_UP_DECISION;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.FOLLOW_UP_NOTE;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.STAGE;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.WORKSHOP_ATTENDED_ON;
import static org.fairchance.onboarding.workshop.EducationWorkshopProcess.Elements.*;
import static org.fairchance.onboarding.workshop.EducationWorkshopProcess.Variables.*;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Forms;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.MailKinds;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Values;
import org.fairchance.support.EngineTime;
import org.fairchance.support.JourneyMocks;
import org.fairchance.support.JourneyMocks.SentMail;
import org.fairchance.support.ProcessTestEngine;
import org.fairchance.support.StageStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      "processes/education-workshop.bpmn",
      "processes/employer-onboarding.bpmn",
      "forms/workshop-session.form",
      "forms/workshop-registration.form",
      "forms/workshop-attendance.form",
      "forms/workshop-no-show-decision.form",
      "forms/silent-employer-follow-up.form"
    })
class EducationWorkshopProcessTest {

  /** The stage after the workshop, a stub for the journey tests at the end of this class. */
  static final String POLICY_ADOPTION = "policy-adoption";

  /** The journey and the next stage are covered by their own test classes. */
  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessTestEngine.extension(EmployerOnboardingProcess.KEY, POLICY_ADOPTION);

  /** How the booking form's date-time field sends a session start (form-js "UTC offset"). */
  static final DateTimeFormatter FORM_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

  static final String COORDINATOR_LOGIN = "staff";

  JourneyMocks.RecordingMail mail;
  String stubs;

  @BeforeEach
  void registerBeans() {
    mail = JourneyMocks.register();
    WorkshopSessions sessions = new WorkshopSessions(new EngineTime());
    Mocks.register("bookedSessionListener", new BookedSessionListener(sessions));
    Mocks.register("countMissedSessionDelegate", new CountMissedSessionDelegate());
    Mocks.register("recordAttendedSessionDelegate", new RecordAttendedSessionDelegate());
    Mocks.register("takeCohortSessionDelegate", new TakeCohortSessionDelegate(sessions));
    stubs = StageStubs.deploy(repositoryService(), POLICY_ADOPTION);
  }

  @AfterEach
  void reset() {
    repositoryService().deleteDeployment(stubs, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void staffBookASessionForTheEmployer() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);

    assertThat(stage).isWaitingAt(TASK_BOOK_SESSION);
    assertThat(task(stage))
        .hasName("Book a workshop session: Acme Tools")
        .isAssignedTo(COORDINATOR_LOGIN)
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF);
    assertThat(formOf(task(stage))).isEqualTo(Forms.SESSION);
    assertThat(task(stage).getDueDate()).isCloseTo(daysFromNow(5), 60_000);
  }

  @Test
  void withoutACoordinatorTheBookingWaitsInTheStaffQueue() {
    ProcessInstance stage = startStage(null);

    assertThat(task(stage)).isNotAssigned().hasCandidateGroup(Groups.CHAMBER_STAFF);
  }

  @Test
  void bookedSessionIsReadAsADateAndTheEmployerIsInvitedToRegister() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    String session = sessionIn(Duration.ofDays(7));

    complete(task(stage), booking(session));
    assertThat(stage)
        .isWaitingAt(SEND_INVITATION)
        .variables()
        .containsEntry(SESSION_START, dateOf(session))
        .containsEntry(SESSION_LABEL, labelOf(session));
    execute(job(stage)); // the invitation is sent asynchronously

    assertThat(mail.sent())
        .containsExactly(new SentMail(MailKinds.INVITATION, "employer", stage.getId()));
    assertThat(stage).isWaitingAt(TASK_REGISTER);
    assertThat(task(stage))
        .hasName("Register for the workshop: Acme Tools")
        .isNotAssigned()
        .hasCandidateGroup(Groups.EMPLOYER);
    assertThat(formOf(task(stage))).isEqualTo(Forms.REGISTRATION);
    assertThat(task(stage).getDueDate()).isCloseTo(daysFromNow(5), 60_000);
  }

  @Test
  void bookingASessionThatHasBegunIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    Task booking = task(stage);

    assertThatThrownBy(() -> complete(booking, booking(sessionIn(Duration.ofHours(-1)))))
        .hasMessageContaining("has already begun. Choose a date and time that is still ahead.")
        .hasRootCauseInstanceOf(WorkshopSessionException.class);

    assertThat(stage).isWaitingAt(TASK_BOOK_SESSION);
    assertThat(task(stage).getId()).isEqualTo(booking.getId());
    assertThat(stage).variables().doesNotContainKeys(SESSION_DATE_TIME, SESSION_START);
    assertThat(mail.sent()).isEmpty();

    complete(task(stage), booking(sessionIn(Duration.ofDays(3))));
    assertThat(stage).isWaitingAt(SEND_INVITATION);
  }

  @Test
  void employerAttendsTheFirstSession() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    String session = sessionIn(Duration.ofDays(7));

    bookAndInvite(stage, session);
    registerAsAttending(stage);
    assertThat(stage).isWaitingAt(GATEWAY_WAIT_FOR_SESSION);
    assertThat(job(stage).getDuedate()).isEqualTo(dateOf(session));
    execute(job(stage)); // the session starts
    assertThat(stage).isWaitingAt(TASK_RECORD_ATTENDANCE);
    assertThat(task(stage))
        .hasName("Record workshop attendance: Acme Tools")
        .isAssignedTo(COORDINATOR_LOGIN)
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF);
    assertThat(formOf(task(stage))).isEqualTo(Forms.ATTENDANCE);
    assertThat(task(stage).getDueDate()).isCloseTo(daysFromNow(2), 60_000);
    complete(task(stage), withVariables(ATTENDANCE, Values.ATTENDED, PEOPLE_PRESENT, 3));

    assertThat(stage)
        .isEnded()
        .hasPassedInOrder(
            TASK_BOOK_SESSION,
            SEND_INVITATION,
            TASK_REGISTER,
            TIMER_SESSION_STARTS,
            TASK_RECORD_ATTENDANCE,
            RECORD_ATTENDED_SESSION,
            END_WORKSHOP_ATTENDED)
        .hasNotPassed(COUNT_MISSED_SESSION);
    assertThat(stage).variables().containsEntry(WORKSHOP_ATTENDED_ON, dateOf(session));
    assertThat(mail.kinds()).containsExactly(MailKinds.INVITATION);
  }

  @Test
  void employerWhoNeedsAnotherDateIsBookedIntoANewSession() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    String later = sessionIn(Duration.ofDays(14));

    bookAndInvite(stage, sessionIn(Duration.ofDays(7)));
    complete(
        task(stage),
        withVariables(
            REGISTRATION, Values.ANOTHER_DATE, PREFERRED_DATES, "Any Tuesday after 2 PM"));
    assertThat(stage).isWaitingAt(TASK_BOOK_SESSION).hasNotPassed(GATEWAY_SESSION_AHEAD);
    bookAndInvite(stage, later);

    assertThat(stage)
        .variables()
        .containsEntry(SESSION_START, dateOf(later))
        .containsEntry(PREFERRED_DATES, "Any Tuesday after 2 PM")
        .doesNotContainKey(REGISTRATION);
    assertThat(mail.kinds()).containsExactly(MailKinds.INVITATION, MailKinds.INVITATION);
  }

  @Test
  void employerWhoConfirmsAfterTheSessionBeganIsBookedIntoANewSessionWithoutANoShow() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    String session = sessionIn(Duration.ofDays(2));

    bookAndInvite(stage, session);
    ClockUtil.setCurrentTime(Date.from(dateOf(session).toInstant().plus(Duration.ofHours(1))));
    registerAsAttending(stage);

    assertThat(stage)
        .isWaitingAt(TASK_BOOK_SESSION)
        .hasPassed(GATEWAY_SESSION_AHEAD)
        .hasNotPassed(TIMER_SESSION_STARTS);
    assertThat(stage).variables().doesNotContainKey(NO_SHOWS);
  }

  @Test
  void employerWhoMissesASessionIsToldAndAttendsTheNextOne() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    String next = sessionIn(Duration.ofDays(21));

    bookAndInvite(stage, sessionIn(Duration.ofDays(7)));
    registerAsAttending(stage);
    sessionStarts(stage);
    complete(task(stage), withVariables(ATTENDANCE, Values.MISSED));
    assertThat(stage).isWaitingAt(SEND_MISSED_MAIL).variables().containsEntry(NO_SHOWS, 1);
    execute(job(stage)); // the mail about the missed session is sent asynchronously
    assertThat(stage).isWaitingAt(TASK_BOOK_SESSION);
    bookAndInvite(stage, next);
    registerAsAttending(stage);
    sessionStarts(stage);
    complete(task(stage), withVariables(ATTENDANCE, Values.ATTENDED, PEOPLE_PRESENT, 2));

    assertThat(stage)
        .isEnded()
        .hasPassed(COUNT_MISSED_SESSION, SEND_MISSED_MAIL, END_WORKSHOP_ATTENDED)
        .hasNotPassed(TASK_DECIDE_AFTER_NO_SHOWS);
    assertThat(stage)
        .variables()
        .containsEntry(NO_SHOWS, 1)
        .containsEntry(WORKSHOP_ATTENDED_ON, dateOf(next));
    assertThat(mail.sent())
        .containsExactly(
            new SentMail(MailKinds.INVITATION, "employer", stage.getId()),
            new SentMail(MailKinds.MISSED, "employer", stage.getId()),
            new SentMail(MailKinds.INVITATION, "employer", stage.getId()));
  }

  @Test
  void secondNoShowGoesToTheCoordinatorWhoOffersAnotherSession() {
    ProcessInstance stage = startAtAttendance(1);

    complete(task(stage), withVariables(ATTENDANCE, Values.MISSED));
    assertThat(stage)
        .isWaitingAt(TASK_DECIDE_AFTER_NO_SHOWS)
        .variables()
        .containsEntry(NO_SHOWS, 2);
    assertThat(task(stage))
        .hasName("Decide after two missed workshops: Acme Tools")
        .isAssignedTo(COORDINATOR_LOGIN)
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF);
    assertThat(formOf(task(stage))).isEqualTo(Forms.NO_SHOW_DECISION);
    assertThat(task(stage).getDueDate()).isCloseTo(daysFromNow(3), 60_000);
    complete(
        task(stage),
        withVariables(
            NO_SHOW_DECISION, Values.ANOTHER_SESSION, NO_SHOW_NOTE, "Owner was ill twice"));
    assertThat(stage).isWaitingAt(TASK_BOOK_SESSION);
    bookAndInvite(stage, sessionIn(Duration.ofDays(10)));

    assertThat(stage)
        .hasNotPassed(SEND_MISSED_MAIL)
        .variables()
        .containsEntry(NO_SHOWS, 2)
        .containsEntry(NO_SHOW_NOTE, "Owner was ill twice")
        .doesNotContainKeys(ATTENDANCE, NO_SHOW_DECISION, REGISTRATION);
    assertThat(mail.kinds()).containsExactly(MailKinds.INVITATION);
  }

  @Test
  void everyFurtherNoShowGoesToTheCoordinatorAgain() {
    ProcessInstance stage = startAtAttendance(2);

    complete(task(stage), withVariables(ATTENDANCE, Values.MISSED));

    assertThat(stage)
        .isWaitingAt(TASK_DECIDE_AFTER_NO_SHOWS)
        .variables()
        .containsEntry(NO_SHOWS, 3);
  }

  @Test
  void coordinatorClosesTheCaseAfterTwoNoShows() {
    ProcessInstance stage = startAtAttendance(1);

    complete(task(stage), withVariables(ATTENDANCE, Values.MISSED));
    complete(
        task(stage),
        withVariables(NO_SHOW_DECISION, Values.CLOSE, NO_SHOW_NOTE, "No longer hiring"));

    assertThat(stage)
        .isEnded()
        .hasPassed(END_CLOSED_AFTER_NO_SHOWS)
        .hasNotPassed(END_WORKSHOP_ATTENDED, SEND_MISSED_MAIL);
    assertThat(stage).variables().doesNotContainKey(WORKSHOP_ATTENDED_ON);
  }

  @Test
  void silentEmployerIsFollowedUpAndStaffKeepWaiting() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);

    bookAndInvite(stage, sessionIn(Duration.ofDays(30)));
    assertThat(job(BOUNDARY_EMPLOYER_SILENT, stage).getDuedate())
        .isCloseTo(daysFromNow(21), 60_000);
    execute(job(BOUNDARY_EMPLOYER_SILENT, stage)); // the employer has not answered in time
    assertThat(stage).isWaitingAt(TASK_FOLLOW_UP_SILENT_EMPLOYER);
    assertThat(task(stage))
        .hasName("Employer not answering: Acme Tools")
        .isAssignedTo(COORDINATOR_LOGIN)
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF);
    assertThat(formOf(task(stage)))
        .isEqualTo(EmployerOnboardingProcess.Forms.SILENT_EMPLOYER_FOLLOW_UP);
    assertThat(task(stage).getDueDate()).isCloseTo(daysFromNow(2), 60_000);
    complete(
        task(stage),
        withVariables(
            FOLLOW_UP_DECISION,
            EmployerOnboardingProcess.Values.KEEP_WAITING,
            FOLLOW_UP_NOTE,
            "Back from vacation next week"));

    assertThat(stage).isWaitingAt(TASK_REGISTER).hasPassed(GATEWAY_KEEP_WAITING);
  }

  @Test
  void silentEmployerIsClosedAsInactive() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);

    bookAndInvite(stage, sessionIn(Duration.ofDays(30)));
    execute(job(BOUNDARY_EMPLOYER_SILENT, stage)); // the employer has not answered in time
    complete(
        task(stage), withVariables(FOLLOW_UP_DECISION, EmployerOnboardingProcess.Values.CLOSE));

    assertThat(stage).isEnded().hasPassed(END_EMPLOYER_INACTIVE).hasNotPassed(GATEWAY_ATTENDING);
  }

  @Test
  void journeyReceivesTheDateTheEmployerAttended() {
    ProcessInstance journey = startJourneyAtTheWorkshop();
    ProcessInstance stage = calledProcessInstance(EducationWorkshopProcess.KEY, journey);
    String session = sessionIn(Duration.ofDays(7));

    bookAndInvite(stage, session);
    registerAsAttending(stage);
    sessionStarts(stage);
    complete(task(stage), withVariables(ATTENDANCE, Values.ATTENDED, PEOPLE_PRESENT, 4));

    assertThat(stage).isEnded();
    assertThat(journey)
        .isWaitingAt(EmployerOnboardingProcess.Elements.CALL_POLICY_ADOPTION)
        .variables()
        .containsEntry(WORKSHOP_ATTENDED_ON, dateOf(session));
  }

  @Test
  void coordinatorClosingAfterTwoNoShowsClosesTheJourneyAsInactive() {
    ProcessInstance journey = startJourneyAtTheWorkshop();
    ProcessInstance stage = calledProcessInstance(EducationWorkshopProcess.KEY, journey);

    bookAndInvite(stage, sessionIn(Duration.ofDays(7)));
    registerAsAttending(stage);
    sessionStarts(stage);
    complete(task(stage), withVariables(ATTENDANCE, Values.MISSED));
    execute(job(stage)); // the mail about the missed session is sent asynchronously
    bookAndInvite(stage, sessionIn(Duration.ofDays(21)));
    registerAsAttending(stage);
    sessionStarts(stage);
    complete(task(stage), withVariables(ATTENDANCE, Values.MISSED));
    complete(
        task(stage),
        withVariables(NO_SHOW_DECISION, Values.CLOSE, NO_SHOW_NOTE, "Stopped answering calls"));
    assertThat(stage).isEnded().hasPassed(END_CLOSED_AFTER_NO_SHOWS);
    assertThat(journey).isWaitingAt(EmployerOnboardingProcess.Elements.SEND_CLOSED_INACTIVE_MAIL);
    execute(job(journey)); // the journey's closing mail is sent asynchronously

    assertThat(journey)
        .isEnded()
        .hasPassed(EmployerOnboardingProcess.Elements.END_CLOSED_AS_INACTIVE);
    assertThat(mail.kinds())
        .containsExactly(
            MailKinds.INVITATION,
            MailKinds.MISSED,
            MailKinds.INVITATION,
            EmployerOnboardingProcess.MailKinds.CLOSED_INACTIVE);
  }

  @Test
  void cohortSessionScheduledForAMemberWaitingForABookingReplacesTheBooking() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    String session = sessionIn(Duration.ofDays(9));

    cohortSessionScheduled(stage, session, "CS-1");

    assertThat(stage)
        .isWaitingAt(SEND_INVITATION)
        .hasPassed(BOUNDARY_COHORT_SESSION_SCHEDULED, TAKE_COHORT_SESSION)
        .variables()
        .containsEntry(SESSION_START, dateOf(session))
        .containsEntry(SESSION_LABEL, labelOf(session))
        .containsEntry(PLACE, "Union hall")
        .containsEntry(COHORT_SESSION_ID, "CS-1");
    assertThat(taskService().createTaskQuery().processInstanceId(stage.getId()).count()).isZero();
    execute(job(stage)); // the invitation is sent asynchronously
    assertThat(stage).isWaitingAt(TASK_REGISTER);
    assertThat(mail.kinds()).containsExactly(MailKinds.INVITATION);
  }

  @Test
  void sessionStaffBookForOneEmployerIsNoLongerTheCohortSession() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    cohortSessionScheduled(stage, sessionIn(Duration.ofDays(9)), "CS-1");
    execute(job(stage)); // the invitation is sent asynchronously
    complete(task(stage), withVariables(REGISTRATION, Values.ANOTHER_DATE));

    bookAndInvite(stage, sessionIn(Duration.ofDays(12)));

    assertThat(stage).variables().doesNotContainKey(COHORT_SESSION_ID);
  }

  @Test
  void cohortSessionMovedBeforeTheEmployerRegisteredInvitesThemAgainWithANewDueDate() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    cohortSessionScheduled(stage, sessionIn(Duration.ofDays(9)), "CS-1");
    execute(job(stage)); // the invitation is sent asynchronously
    Task firstRegistration = task(stage);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
    String moved = sessionIn(Duration.ofDays(14));

    cohortSessionChanged(stage, Values.MOVED, moved, "CS-1");
    execute(job(stage)); // the invitation is sent asynchronously

    assertThat(stage)
        .isWaitingAt(TASK_REGISTER)
        .hasPassed(BOUNDARY_COHORT_SESSION_CHANGED, GATEWAY_COHORT_SESSION_CHANGE)
        .variables()
        .containsEntry(SESSION_START, dateOf(moved))
        .doesNotContainKey(COHORT_SESSION_CHANGE);
    assertThat(task(stage).getId()).isNotEqualTo(firstRegistration.getId());
    assertThat(task(stage).getDueDate())
        .isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(7))), 60_000);
    assertThat(mail.kinds()).containsExactly(MailKinds.INVITATION, MailKinds.INVITATION);
  }

  @Test
  void cohortSessionMovedAfterTheEmployerRegisteredWaitsForTheNewDate() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    cohortSessionScheduled(stage, sessionIn(Duration.ofDays(9)), "CS-1");
    execute(job(stage)); // the invitation is sent asynchronously
    registerAsAttending(stage);
    String moved = sessionIn(Duration.ofDays(14));

    cohortSessionChanged(stage, Values.MOVED, moved, "CS-1");
    execute(job(stage)); // the invitation is sent asynchronously
    registerAsAttending(stage);

    assertThat(stage)
        .isWaitingAt(GATEWAY_WAIT_FOR_SESSION)
        .hasPassed(CATCH_COHORT_SESSION_CHANGED, TAKE_COHORT_SESSION);
    assertThat(job(stage).getDuedate()).isEqualTo(dateOf(moved));
  }

  @Test
  void cohortSessionCancelledBeforeTheEmployerRegisteredGoesBackToBooking() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    cohortSessionScheduled(stage, sessionIn(Duration.ofDays(9)), "CS-1");
    execute(job(stage)); // the invitation is sent asynchronously

    cohortSessionChanged(stage, Values.CANCELLED, null, "CS-1");

    assertThat(stage).isWaitingAt(TASK_BOOK_SESSION).hasPassed(GATEWAY_COHORT_SESSION_CHANGE);
    assertThat(stage).variables().doesNotContainKey(NO_SHOWS);
  }

  @Test
  void cohortSessionCancelledWhileTheEmployerWaitsForItGoesBackToBookingWithoutANoShow() {
    ProcessInstance stage = startStage(COORDINATOR_LOGIN);
    cohortSessionScheduled(stage, sessionIn(Duration.ofDays(9)), "CS-1");
    execute(job(stage)); // the invitation is sent asynchronously
    registerAsAttending(stage);

    cohortSessionChanged(stage, Values.CANCELLED, null, "CS-1");

    assertThat(stage)
        .isWaitingAt(TASK_BOOK_SESSION)
        .hasPassed(CATCH_COHORT_SESSION_CHANGED)
        .hasNotPassed(TIMER_SESSION_STARTS);
    assertThat(managementService().createJobQuery().processInstanceId(stage.getId()).count())
        .isZero();
  }

  @Test
  void cohortAttendanceListCompletesTheAttendanceOfAMemberWhoCame() {
    ProcessInstance stage = startAtAttendance(0);

    cohortAttendanceRecorded(stage, Values.ATTENDED);

    assertThat(stage)
        .isEnded()
        .hasPassed(BOUNDARY_COHORT_ATTENDANCE_RECORDED, END_WORKSHOP_ATTENDED);
  }

  @Test
  void cohortAttendanceListSendsAMemberWhoMissedItDownTheNoShowPath() {
    ProcessInstance stage = startAtAttendance(0);

    cohortAttendanceRecorded(stage, Values.MISSED);

    assertThat(stage)
        .isWaitingAt(SEND_MISSED_MAIL)
        .hasPassed(BOUNDARY_COHORT_ATTENDANCE_RECORDED, COUNT_MISSED_SESSION)
        .variables()
        .containsEntry(NO_SHOWS, 1);
  }

  private static void cohortSessionScheduled(
      ProcessInstance stage, String session, String cohortSessionId) {
    runtimeService()
        .createMessageCorrelation(EducationWorkshopProcess.MESSAGE_COHORT_SESSION_SCHEDULED)
        .processInstanceId(stage.getId())
        .setVariable(SESSION_DATE_TIME, session)
        .setVariable(PLACE, "Union hall")
        .setVariable(COHORT_SESSION_ID, cohortSessionId)
        .correlate();
  }

  private static void cohortSessionChanged(
      ProcessInstance stage, String change, String session, String cohortSessionId) {
    runtimeService()
        .createMessageCorrelation(EducationWorkshopProcess.MESSAGE_COHORT_SESSION_CHANGED)
        .processInstanceVariableEquals(COHORT_SESSION_ID, cohortSessionId)
        .setVariable(COHORT_SESSION_CHANGE, change)
        .setVariable(SESSION_DATE_TIME, session)
        .correlate();
  }

  private static void cohortAttendanceRecorded(ProcessInstance stage, String attendance) {
    runtimeService()
        .createMessageCorrelation(EducationWorkshopProcess.MESSAGE_COHORT_ATTENDANCE_RECORDED)
        .processInstanceId(stage.getId())
        .setVariable(ATTENDANCE, attendance)
        .correlate();
    assertThat(stage).isWaitingAt(BOUNDARY_COHORT_ATTENDANCE_RECORDED);
    assertThat(taskService().createTaskQuery().processInstanceId(stage.getId()).count()).isZero();
    execute(job(stage)); // each member goes on in a job of their own
  }

  private static void bookAndInvite(ProcessInstance stage, String session) {
    assertThat(stage).isWaitingAt(TASK_BOOK_SESSION);
    complete(task(stage), booking(session));
    assertThat(stage).isWaitingAt(SEND_INVITATION);
    execute(job(stage)); // the invitation is sent asynchronously
    assertThat(stage).isWaitingAt(TASK_REGISTER);
  }

  private static void registerAsAttending(ProcessInstance stage) {
    complete(
        task(stage),
        withVariables(
            REGISTRATION,
            Values.ATTENDING,
            ATTENDEE_COUNT,
            3,
            ATTENDEE_ROLES,
            "Owner, HR manager, shift supervisor",
            ACCESSIBILITY_NEEDS,
            "Step-free access"));
  }

  private static void sessionStarts(ProcessInstance stage) {
    assertThat(stage).isWaitingAt(GATEWAY_WAIT_FOR_SESSION);
    execute(job(stage)); // the session starts
    assertThat(stage).isWaitingAt(TASK_RECORD_ATTENDANCE);
  }

  private static Map<String, Object> booking(String session) {
    return withVariables(
        SESSION_DATE_TIME,
        session,
        PLACE,
        "Chamber hall, 100 Main Street, room 2",
        NOTE_TO_EMPLOYER,
        "Park behind the building.");
  }

  private static ProcessInstance startStage(String coordinator) {
    return runtimeService()
        .startProcessInstanceByKey(
            EducationWorkshopProcess.KEY, "FC-TEST-WS", journey(coordinator));
  }

  /** A stage whose session has just taken place, after the given number of missed sessions. */
  private static ProcessInstance startAtAttendance(int noShowsBefore) {
    String session = sessionIn(Duration.ofHours(-1));
    ProcessInstance stage =
        runtimeService()
            .createProcessInstanceByKey(EducationWorkshopProcess.KEY)
            .businessKey("FC-TEST-WS-LATE")
            .setVariables(journey(COORDINATOR_LOGIN))
            .setVariable(SESSION_START, dateOf(session))
            .setVariable(SESSION_LABEL, "the session an hour ago")
            .setVariable(REGISTRATION, Values.ATTENDING)
            .setVariable(NO_SHOWS, noShowsBefore)
            .startBeforeActivity(TASK_RECORD_ATTENDANCE)
            .execute();
    assertThat(stage).isWaitingAt(TASK_RECORD_ATTENDANCE);
    return stage;
  }

  /** The journey of an accepted employer, started at its workshop stage. */
  private static ProcessInstance startJourneyAtTheWorkshop() {
    ProcessInstance journey =
        runtimeService()
            .createProcessInstanceByKey(EmployerOnboardingProcess.KEY)
            .businessKey("FC-TEST-WS-JOURNEY")
            .setVariables(journey(COORDINATOR_LOGIN))
            .startBeforeActivity(EmployerOnboardingProcess.Elements.CALL_EDUCATION_WORKSHOP)
            .execute();
    assertThat(journey).isWaitingAt(EmployerOnboardingProcess.Elements.CALL_EDUCATION_WORKSHOP);
    return journey;
  }

  private static Map<String, Object> journey(String coordinator) {
    return withVariables(
        EMPLOYER_NAME,
        "Acme Tools",
        CONTACT_NAME,
        "Dana Reyes",
        CONTACT_EMAIL,
        "dana@acme.example",
        CONTACT_PHONE,
        "816-555-0101",
        STAGE,
        "Education workshop",
        COORDINATOR,
        coordinator);
  }

  /** A session start as the booking form sends it, this long from now, to the minute. */
  private static String sessionIn(Duration fromNow) {
    return ZonedDateTime.now(new EngineTime())
        .plus(fromNow)
        .truncatedTo(ChronoUnit.MINUTES)
        .format(FORM_DATE_TIME);
  }

  private static Date dateOf(String session) {
    return Date.from(OffsetDateTime.parse(session, FORM_DATE_TIME).toInstant());
  }

  private static String labelOf(String session) {
    return new WorkshopSessions(new EngineTime()).book(dateOf(session)).label();
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
