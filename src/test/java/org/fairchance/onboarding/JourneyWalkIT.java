package org.fairchance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairchance.support.TasklistForm.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;
import org.fairchance.onboarding.EmployerOnboardingProcess.Values;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.onboarding.hire.FirstHireProcess;
import org.fairchance.onboarding.officers.OfficerMeetingSettings;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess;
import org.fairchance.onboarding.sustain.SustainReviewProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;
import org.fairchance.support.EngineRest;
import org.fairchance.support.EngineTime;
import org.fairchance.support.TasklistForm;
import org.fairchance.system.SensitiveVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * One employer's whole journey in the whole application, from a phone application to recognition,
 * driven the way people drive it. Staff, the policy reviewer and the reentry liaison find and
 * complete their tasks through the REST API as Tasklist does, each after a user of another group
 * was refused the same task. The employer's tasks are completed server-side, as the personal-link
 * portal will. Nothing runs by itself: a manager runs every mail step and timer through the REST
 * API, with the engine's clock first moved to when the timer falls due.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "fairchance.mail.scheduled=false",
      "fairchance.reminders.scheduled=false"
    })
@ActiveProfiles("test")
class JourneyWalkIT {

  static final String BUSINESS_KEY = "FC-2026-HM4827";
  static final String EMPLOYER = "Heartland Metalworks";
  static final String CONTACT_EMAIL = "jordan.ellis@heartland.example";

  /** As the booking and scheduling forms' date-time fields send them ("UTC offset"). */
  static final String SESSION = "2026-03-12T14:00-05:00";

  static final String MEETING = "2026-03-31T10:00-05:00";

  /** WOTC lapsed for hires starting after 2025-12-31. */
  static final LocalDate HIRE_STARTS = LocalDate.of(2026, 5, 4);

  static final String RACE = RaceEthnicity.AMERICAN_INDIAN_OR_ALASKA_NATIVE.code();
  static final String GENDER = Gender.ANOTHER_GENDER.code();

  /** How the REST API writes dates. */
  static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** A stage of the journey: the process its tasks and jobs run in, its element in the journey. */
  record Stage(String processKey, String journeyElement) {}

  static final Stage APPLICATION_REVIEW =
      new Stage(EmployerOnboardingProcess.KEY, Elements.SUBPROCESS_APPLICATION_REVIEW);
  static final Stage WORKSHOP =
      new Stage(EducationWorkshopProcess.KEY, Elements.CALL_EDUCATION_WORKSHOP);
  static final Stage POLICY = new Stage(PolicyAdoptionProcess.KEY, Elements.CALL_POLICY_ADOPTION);
  static final Stage OFFICER_MEETING =
      new Stage(ProbationOfficerMeetingProcess.KEY, Elements.CALL_PROBATION_OFFICER_MEETING);
  static final Stage FIRST_HIRE = new Stage(FirstHireProcess.KEY, Elements.CALL_FIRST_HIRE);
  static final Stage SUSTAIN = new Stage(SustainReviewProcess.KEY, Elements.CALL_SUSTAIN_REVIEW);

  /** The journey itself, for its own mail steps after the stages. */
  static final Stage JOURNEY = APPLICATION_REVIEW;

  final ObjectMapper json = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;
  @Autowired OfficerMeetingSettings officerMeetingSettings;

  EngineRest staff;
  EngineRest reviewer;
  EngineRest liaison;
  EngineRest manager;

  /** The journey's process instance and definition, once staff started it. */
  String journeyId;

  String journeyDefinitionId;

  /** The engine's time as the test last set it; null before the story starts. */
  Instant storyTime;

  @BeforeEach
  void logIn() {
    staff = EngineRest.as(port, "staff", "staff");
    reviewer = EngineRest.as(port, "reviewer", "reviewer");
    liaison = EngineRest.as(port, "liaison", "liaison");
    manager = EngineRest.as(port, "manager", "manager");
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void employerWalksFromApplicationToRecognitionWithEachTaskDoneOnlyByItsGroup() {
    at("2026-03-02T09:00");
    staffStartTheJourneyForAnEmployerWhoAppliedByPhone();
    at("2026-03-02T11:00");
    staffAcceptTheApplication();
    theEmployerIsWelcomed();

    at("2026-03-02T14:00");
    staffBookAWorkshopSession();
    theEmployerIsInvitedToTheWorkshop();
    at("2026-03-04T10:00");
    theEmployerRegistersForTheSession();
    theSessionTakesPlace();
    at("2026-03-12T17:00");
    staffRecordTheAttendance();

    at("2026-03-16T10:00");
    theEmployerConfirmsItsPolicy();
    at("2026-03-17T11:00");
    theReviewerApprovesThePolicy();
    theEmployerIsToldThePolicyIsApproved();

    at("2026-03-18T10:00");
    theLiaisonSchedulesAMeetingWithOfficers();
    bothSidesAreToldAboutTheMeeting();
    at("2026-03-19T09:00");
    theEmployerConfirmsTheMeeting();
    bothSidesAreRemindedBeforeTheMeeting();
    theMeetingTakesPlace();
    at("2026-03-31T15:00");
    theLiaisonRecordsTheOutcome();

    at("2026-04-02T10:00");
    staffSendCandidateReferrals();
    at("2026-04-28T10:00");
    theEmployerReportsTheFirstHire();
    theHiresSelfIdentificationIsInTheHireReportOnly();
    theEmployerIsThankedForTheHire();

    theEmployerAnswersTheRetentionCheckIn(30);
    theEmployerAnswersTheRetentionCheckIn(90);
    theEmployerIsRemindedTheBondEnds();
    theEmployerAnswersTheRetentionCheckIn(180);
    at("2026-11-03T10:00");
    staffRecognizeTheEmployer();
    theEmployerIsCongratulated();

    theJourneyEndedRecognizedAfterEveryStageInOrder();
    theOutboxHoldsTheMailsOfTheJourney();
  }

  // Application review.

  void staffStartTheJourneyForAnEmployerWhoAppliedByPhone() {
    // The start form (forms/employer-application.form) as staff fill it in Tasklist.
    HttpResponse<String> started =
        staff.postJson(
            "/engine-rest/process-definition/key/" + EmployerOnboardingProcess.KEY + "/submit-form",
            form()
                .text(Variables.EMPLOYER_NAME, EMPLOYER)
                .text(Variables.CONTACT_NAME, "Jordan Ellis")
                .text(Variables.CONTACT_EMAIL, CONTACT_EMAIL)
                .text(Variables.CONTACT_PHONE, "816-555-0142")
                .text(Variables.COUNTY, "Jackson")
                .text(Variables.INDUSTRY, "manufacturing")
                .number(Variables.EMPLOYEE_COUNT, 40)
                .start(BUSINESS_KEY));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode journey = read(started);
    assertThat(journey.get("businessKey").asText()).isEqualTo(BUSINESS_KEY);
    journeyId = journey.get("id").asText();
    journeyDefinitionId = journey.get("definitionId").asText();
  }

  void staffAcceptTheApplication() {
    completeAsTasklistDoes(
        APPLICATION_REVIEW,
        Elements.TASK_REVIEW_ELIGIBILITY,
        staff,
        reviewer,
        form().text(Variables.ELIGIBILITY_DECISION, Values.ACCEPTED));
  }

  void theEmployerIsWelcomed() {
    // The welcome mail is an async step: a failure would retry instead of undoing the review.
    runMailStep(JOURNEY, Elements.SEND_WELCOME_MAIL);
  }

  // Education workshop.

  void staffBookAWorkshopSession() {
    String booking = openTask(staff, WORKSHOP, EducationWorkshopProcess.Elements.TASK_BOOK_SESSION);
    assertThat(read(staff.get("/engine-rest/task/" + booking)).get("assignee").asText())
        .as("the coordinator from the routing table")
        .isEqualTo("staff");

    completeAsTasklistDoes(
        WORKSHOP,
        EducationWorkshopProcess.Elements.TASK_BOOK_SESSION,
        staff,
        reviewer,
        form()
            .text(EducationWorkshopProcess.Variables.SESSION_DATE_TIME, SESSION)
            .text(EducationWorkshopProcess.Variables.PLACE, "Chamber hall, 100 Main Street, room 2")
            .text(
                EducationWorkshopProcess.Variables.NOTE_TO_EMPLOYER, "Park behind the building."));
  }

  void theEmployerIsInvitedToTheWorkshop() {
    runMailStep(WORKSHOP, EducationWorkshopProcess.Elements.SEND_INVITATION); // async mail step
  }

  void theEmployerRegistersForTheSession() {
    theEmployerCompletes(
        WORKSHOP,
        EducationWorkshopProcess.Elements.TASK_REGISTER,
        Map.of(
            EducationWorkshopProcess.Variables.REGISTRATION,
            EducationWorkshopProcess.Values.ATTENDING,
            EducationWorkshopProcess.Variables.ATTENDEE_COUNT,
            2,
            EducationWorkshopProcess.Variables.ATTENDEE_ROLES,
            "Owner, HR manager"));
  }

  void theSessionTakesPlace() {
    // The timer waits for the session booked; then staff are asked who came.
    assertThat(timerFires(WORKSHOP, EducationWorkshopProcess.Elements.TIMER_SESSION_STARTS))
        .isEqualTo(instant(SESSION));
  }

  void staffRecordTheAttendance() {
    completeAsTasklistDoes(
        WORKSHOP,
        EducationWorkshopProcess.Elements.TASK_RECORD_ATTENDANCE,
        staff,
        liaison,
        form()
            .text(
                EducationWorkshopProcess.Variables.ATTENDANCE,
                EducationWorkshopProcess.Values.ATTENDED)
            .number(EducationWorkshopProcess.Variables.PEOPLE_PRESENT, 2));
  }

  // Policy adoption.

  void theEmployerConfirmsItsPolicy() {
    Map<String, Object> answers = new HashMap<>();
    PolicyAdoptionProcess.Variables.POLICY_ELEMENTS.forEach(element -> answers.put(element, true));
    answers.put(
        PolicyAdoptionProcess.Variables.DOCUMENT_LINK,
        "https://heartland.example/fair-chance-policy");
    theEmployerCompletes(POLICY, PolicyAdoptionProcess.Elements.TASK_ATTEST_POLICY, answers);
  }

  void theReviewerApprovesThePolicy() {
    // The review form shows the employer's answers disabled: Tasklist submits the decision only.
    completeAsTasklistDoes(
        POLICY,
        PolicyAdoptionProcess.Elements.TASK_REVIEW_POLICY,
        reviewer,
        liaison,
        form()
            .text(
                PolicyAdoptionProcess.Variables.REVIEW_DECISION,
                PolicyAdoptionProcess.Values.APPROVED));
  }

  void theEmployerIsToldThePolicyIsApproved() {
    runMailStep(POLICY, PolicyAdoptionProcess.Elements.SEND_APPROVAL_MAIL); // async mail step
  }

  // Probation and parole meeting.

  void theLiaisonSchedulesAMeetingWithOfficers() {
    completeAsTasklistDoes(
        OFFICER_MEETING,
        ProbationOfficerMeetingProcess.Elements.TASK_SCHEDULE_MEETING,
        liaison,
        reviewer,
        form()
            .text(ProbationOfficerMeetingProcess.Variables.MEETING_DATE_TIME, MEETING)
            .text(
                ProbationOfficerMeetingProcess.Variables.MEETING_PLACE,
                "Probation and Parole, 615 E 13th St, room 4")
            .text(ProbationOfficerMeetingProcess.Variables.OFFICER_NAME, "Sam Ortiz")
            .text(
                ProbationOfficerMeetingProcess.Variables.OFFICER_AGENCY,
                ProbationOfficerMeetingProcess.Values.PROBATION_AND_PAROLE)
            .text(ProbationOfficerMeetingProcess.Variables.OFFICER_OFFICE, "District 5")
            .text(Variables.OFFICER_EMAIL, "sam.ortiz@probation.example")
            .text(ProbationOfficerMeetingProcess.Variables.OFFICER_PHONE, "816-555-0199"));
  }

  void bothSidesAreToldAboutTheMeeting() {
    // Two async mail steps on parallel paths; the employer's task waits for both.
    runMailStep(
        OFFICER_MEETING, ProbationOfficerMeetingProcess.Elements.TELL_EMPLOYER_MEETING_SCHEDULED);
    runMailStep(
        OFFICER_MEETING, ProbationOfficerMeetingProcess.Elements.TELL_OFFICER_MEETING_SCHEDULED);
  }

  void theEmployerConfirmsTheMeeting() {
    theEmployerCompletes(
        OFFICER_MEETING,
        ProbationOfficerMeetingProcess.Elements.TASK_CONFIRM_MEETING,
        Map.of(
            ProbationOfficerMeetingProcess.Variables.CONFIRMATION,
            ProbationOfficerMeetingProcess.Values.ATTENDING,
            ProbationOfficerMeetingProcess.Variables.ATTENDEES,
            "Jordan Ellis, HR manager"));
  }

  void bothSidesAreRemindedBeforeTheMeeting() {
    // The reminder timer fires the lead time before the meeting, then two async mail steps.
    assertThat(
            timerFires(OFFICER_MEETING, ProbationOfficerMeetingProcess.Elements.TIMER_REMINDER_DUE))
        .isEqualTo(instant(MEETING).minus(officerMeetingSettings.reminderLeadTime()));
    runMailStep(OFFICER_MEETING, ProbationOfficerMeetingProcess.Elements.REMIND_EMPLOYER);
    runMailStep(OFFICER_MEETING, ProbationOfficerMeetingProcess.Elements.REMIND_OFFICER);
  }

  void theMeetingTakesPlace() {
    // The timer waits for the meeting's start; then the liaison is asked for the outcome.
    assertThat(
            timerFires(
                OFFICER_MEETING, ProbationOfficerMeetingProcess.Elements.TIMER_MEETING_STARTS))
        .isEqualTo(instant(MEETING));
  }

  void theLiaisonRecordsTheOutcome() {
    completeAsTasklistDoes(
        OFFICER_MEETING,
        ProbationOfficerMeetingProcess.Elements.TASK_RECORD_MEETING_OUTCOME,
        liaison,
        reviewer,
        form()
            .text(
                ProbationOfficerMeetingProcess.Variables.OUTCOME,
                ProbationOfficerMeetingProcess.Values.HELD)
            .text(ProbationOfficerMeetingProcess.Variables.EMPLOYER_CONTACT_NAME, "Jordan Ellis")
            .text(ProbationOfficerMeetingProcess.Variables.EMPLOYER_CONTACT_ROLE, "HR manager")
            .text(Variables.OFFICER_CONTACT_NAME, "Sam Ortiz")
            .text(ProbationOfficerMeetingProcess.Variables.OFFICER_CONTACT_DETAILS, "816-555-0199")
            .checklist(
                ProbationOfficerMeetingProcess.Variables.SUPERVISION_CONDITIONS,
                List.of(
                    ProbationOfficerMeetingProcess.Values.REPORTING_DAYS,
                    ProbationOfficerMeetingProcess.Values.DRUG_TESTS,
                    ProbationOfficerMeetingProcess.Values.COURT_DATES))
            .text(
                ProbationOfficerMeetingProcess.Variables.VERIFICATION_METHOD,
                ProbationOfficerMeetingProcess.Values.OFFICER_CALLS_EMPLOYER));
  }

  // First hire.

  void staffSendCandidateReferrals() {
    completeAsTasklistDoes(
        FIRST_HIRE,
        FirstHireProcess.Elements.TASK_SEND_REFERRALS,
        staff,
        liaison,
        form()
            .text(FirstHireProcess.Variables.REFERRAL_PARTNER, "Second Chance Works")
            .number(FirstHireProcess.Variables.CANDIDATES_REFERRED, 3)
            .text(FirstHireProcess.Variables.REFERRALS_SENT_ON, "2026-04-02")
            .text(FirstHireProcess.Variables.REFERRAL_ROLES, "Welder, machine operator"));
  }

  void theEmployerReportsTheFirstHire() {
    Map<String, Object> report = new HashMap<>();
    report.put(Variables.HIRE_START_DATE, HIRE_STARTS.toString());
    report.put(Variables.HIRE_ROLE, "Welder");
    report.put(FirstHireProcess.Variables.HIRE_HOURLY_WAGE, 21.5);
    report.put(FirstHireProcess.Variables.HIRE_HOURS_PER_WEEK, 40);
    report.put(FirstHireProcess.Variables.HIRE_EMPLOYMENT_TYPE, FirstHireProcess.Values.FULL_TIME);
    report.put(FirstHireProcess.Variables.BOND_REQUESTED, true);
    report.put(FirstHireProcess.Variables.WOTC_FORM_SENT, false);
    report.put(FirstHireProcess.Variables.HIRE_RACE_ETHNICITY, RACE);
    report.put(FirstHireProcess.Variables.HIRE_GENDER, GENDER);
    theEmployerCompletes(FIRST_HIRE, FirstHireProcess.Elements.TASK_REPORT_FIRST_HIRE, report);
  }

  void theHiresSelfIdentificationIsInTheHireReportOnly() {
    Map<String, Object> report =
        jdbc.queryForMap(
            "SELECT race_ethnicity, gender, wotc_applies, bond_requested, bond_end_date"
                + " FROM hire_report WHERE business_key = ?",
            BUSINESS_KEY);
    assertThat(report)
        .containsEntry("race_ethnicity", RACE)
        .containsEntry("gender", GENDER)
        .containsEntry("wotc_applies", false)
        .containsEntry("bond_requested", true);
    assertThat(((java.sql.Date) report.get("bond_end_date")).toLocalDate())
        .isEqualTo(HIRE_STARTS.plusMonths(6));

    String firstHireId = instanceOf(FIRST_HIRE);
    for (EngineRest reader : List.of(staff, manager)) {
      for (String instance : List.of(firstHireId, journeyId)) {
        HttpResponse<String> variables =
            reader.get("/engine-rest/process-instance/" + instance + "/variables");
        assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
        assertThat(fieldNames(read(variables)))
            .contains(Variables.EMPLOYER_NAME)
            .doesNotContainAnyElementsOf(SensitiveVariables.NAMES);
        assertThat(variables.body()).doesNotContain(RACE, GENDER);
      }
      HttpResponse<String> history =
          reader.get(
              "/engine-rest/history/variable-instance?includeDeleted=true&processInstanceIdIn="
                  + firstHireId
                  + ","
                  + journeyId);
      assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
      assertThat(values(read(history), "name"))
          .contains(Variables.HIRE_ROLE)
          .doesNotContainAnyElementsOf(SensitiveVariables.NAMES);
      assertThat(history.body()).doesNotContain(RACE, GENDER);
    }
  }

  void theEmployerIsThankedForTheHire() {
    // An async mail step; the sustain review starts when it is done.
    runMailStep(FIRST_HIRE, FirstHireProcess.Elements.SEND_FIRST_HIRE_RECORDED_MAIL);
  }

  // Sustain review.

  void theEmployerAnswersTheRetentionCheckIn(int day) {
    // The check-in's timer falls due that many days after the hire's start; then the employer's
    // task is created.
    Instant due = timerFires(SUSTAIN, SustainReviewProcess.Elements.TIMER_CHECK_IN_DUE);
    assertThat(due).isEqualTo(nineOClock(HIRE_STARTS.plusDays(day)));
    theEmployerCompletes(
        SUSTAIN,
        SustainReviewProcess.Elements.TASK_RETENTION_CHECK_IN,
        Map.of(
            SustainReviewProcess.Variables.STILL_EMPLOYED,
            SustainReviewProcess.Values.YES,
            SustainReviewProcess.Variables.CURRENT_HOURLY_WAGE,
            22.25,
            SustainReviewProcess.Variables.PROMOTED,
            SustainReviewProcess.Values.NO));
  }

  void theEmployerIsRemindedTheBondEnds() {
    // Between the second and third check-ins: two weeks before the bond ends.
    Instant due = timerFires(SUSTAIN, SustainReviewProcess.Elements.TIMER_BOND_ENDING_SOON);
    assertThat(due).isEqualTo(nineOClock(HIRE_STARTS.plusMonths(6).minusWeeks(2)));
    runMailStep(SUSTAIN, SustainReviewProcess.Elements.SEND_BOND_ENDING_MAIL); // async mail step
  }

  void staffRecognizeTheEmployer() {
    completeAsTasklistDoes(
        SUSTAIN,
        SustainReviewProcess.Elements.TASK_SUSTAIN_REVIEW,
        staff,
        reviewer,
        form()
            .text(
                SustainReviewProcess.Variables.SUSTAIN_DECISION,
                SustainReviewProcess.Values.RECOGNIZE)
            .text(
                SustainReviewProcess.Variables.SUSTAIN_NOTE,
                "Thank you for six months of fair-chance hiring."));
  }

  void theEmployerIsCongratulated() {
    runMailStep(JOURNEY, Elements.SEND_RECOGNITION_MAIL); // async mail step, then the end
  }

  // The end.

  void theJourneyEndedRecognizedAfterEveryStageInOrder() {
    HistoricProcessInstance journey =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(journeyId)
            .singleResult();
    assertThat(journey.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(journey.getEndActivityId()).isEqualTo(Elements.END_RECOGNIZED);

    List<String> milestones =
        List.of(
            Elements.SUBPROCESS_APPLICATION_REVIEW,
            Elements.CALL_EDUCATION_WORKSHOP,
            Elements.CALL_POLICY_ADOPTION,
            Elements.CALL_PROBATION_OFFICER_MEETING,
            Elements.CALL_FIRST_HIRE,
            Elements.CALL_SUSTAIN_REVIEW,
            Elements.SEND_RECOGNITION_MAIL,
            Elements.END_RECOGNIZED);
    HttpResponse<String> activities =
        manager.postJson(
            "/engine-rest/history/activity-instance",
            """
            {"processInstanceId": "%s", "sorting": [
              {"sortBy": "startTime", "sortOrder": "asc"},
              {"sortBy": "occurrence", "sortOrder": "asc"}]}
            """
                .formatted(journeyId));
    assertThat(activities.statusCode()).as(activities.body()).isEqualTo(200);
    assertThat(values(read(activities), "activityId").stream().filter(milestones::contains))
        .containsExactlyElementsOf(milestones);

    Map<String, String> endOfEachStage = new HashMap<>();
    Map<String, String> instanceOfEachStage = new HashMap<>();
    for (HistoricProcessInstance stage :
        historyService
            .createHistoricProcessInstanceQuery()
            .superProcessInstanceId(journeyId)
            .list()) {
      assertThat(stage.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
      assertThat(stage.getBusinessKey()).isEqualTo(BUSINESS_KEY);
      endOfEachStage.put(stage.getProcessDefinitionKey(), stage.getEndActivityId());
      instanceOfEachStage.put(stage.getProcessDefinitionKey(), stage.getId());
    }
    assertThat(endOfEachStage)
        .containsOnly(
            Map.entry(
                EducationWorkshopProcess.KEY,
                EducationWorkshopProcess.Elements.END_WORKSHOP_ATTENDED),
            Map.entry(PolicyAdoptionProcess.KEY, PolicyAdoptionProcess.Elements.END_POLICY_ADOPTED),
            Map.entry(
                ProbationOfficerMeetingProcess.KEY,
                ProbationOfficerMeetingProcess.Elements.END_MEETING_HELD),
            Map.entry(FirstHireProcess.KEY, FirstHireProcess.Elements.END_FIRST_HIRE_REPORTED),
            Map.entry(SustainReviewProcess.KEY, SustainReviewProcess.Elements.END_RECOGNIZED));

    JsonNode wotcForm =
        read(
            manager.get(
                "/engine-rest/history/activity-instance?processInstanceId="
                    + instanceOfEachStage.get(FirstHireProcess.KEY)
                    + "&activityId="
                    + FirstHireProcess.Elements.TASK_SEND_WOTC_FORM));
    assertThat(wotcForm).as("no WOTC form for a hire starting in 2026").isEmpty();
  }

  void theOutboxHoldsTheMailsOfTheJourney() {
    List<String> kinds =
        jdbc.queryForList(
            "SELECT kind FROM mail_outbox WHERE business_key = ?", String.class, BUSINESS_KEY);

    assertThat(kinds)
        .contains(
            EmployerOnboardingProcess.MailKinds.APPLICATION_ACCEPTED,
            EducationWorkshopProcess.MailKinds.INVITATION,
            PolicyAdoptionProcess.MailKinds.POLICY_APPROVED,
            ProbationOfficerMeetingProcess.MailKinds.MEETING_SCHEDULED,
            ProbationOfficerMeetingProcess.MailKinds.MEETING_SCHEDULED_OFFICER,
            ProbationOfficerMeetingProcess.MailKinds.MEETING_REMINDER,
            ProbationOfficerMeetingProcess.MailKinds.MEETING_REMINDER_OFFICER,
            FirstHireProcess.MailKinds.FIRST_HIRE_RECORDED,
            SustainReviewProcess.MailKinds.BOND_ENDING,
            EmployerOnboardingProcess.MailKinds.EMPLOYER_RECOGNIZED)
        .doesNotContain(
            EmployerOnboardingProcess.MailKinds.APPLICATION_DECLINED,
            EducationWorkshopProcess.MailKinds.MISSED,
            FirstHireProcess.MailKinds.WOTC_DEADLINE_MISSED);
    // One "you have a task" mail for each of the employer's seven tasks, except the workshop
    // registration and the meeting confirmation: the invitation and the meeting notice that come
    // just before them carry the link already (extension property employerTaskMail=off).
    assertThat(kinds)
        .filteredOn(org.fairchance.reminders.MailKinds.EMPLOYER_TASK::equals)
        .hasSize(5);
  }

  // How people and the engine act.

  /**
   * A user of the task's group finds it and completes it as Tasklist does, after a user of another
   * group was refused: the task is not in the outsider's list, submitting its form answers 403 (not
   * 404: the engine finds the task before it checks the permission to work on it), and the task
   * stays open. Also checks the stage Tasklist shows beside the task.
   */
  void completeAsTasklistDoes(
      Stage stage, String taskKey, EngineRest worker, EngineRest outsider, TasklistForm answers) {
    String taskId = openTask(worker, stage, taskKey);
    assertThat(stageShownTo(worker, taskId)).isEqualTo(nameOf(stage));

    assertThat(tasks(outsider, stage, taskKey)).as("in the outsider's task list").isEmpty();
    HttpResponse<String> refused =
        outsider.postJson("/engine-rest/task/" + taskId + "/submit-form", answers.submission());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(read(refused).get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(tasks(worker, stage, taskKey)).as("still open").hasSize(1);

    HttpResponse<String> submitted =
        worker.postJson("/engine-rest/task/" + taskId + "/submit-form", answers.submission());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    assertThat(manager.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(404);
  }

  /**
   * Employers have no login: the personal-link portal (not built yet) completes their tasks
   * server-side, as the engine's {@link FormService#submitTaskForm} does here. Staff see these
   * tasks too ("Due today or overdue"), with the employer's stage.
   */
  void theEmployerCompletes(Stage stage, String taskKey, Map<String, Object> answers) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(BUSINESS_KEY)
            .processDefinitionKey(stage.processKey())
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly(Groups.EMPLOYER);
    assertThat(stageShownTo(staff, task.getId())).isEqualTo(nameOf(stage));

    formService.submitTaskForm(task.getId(), answers);
  }

  /** A manager runs a mail step (async) as the job executor would. */
  void runMailStep(Stage stage, String activityId) {
    execute(job(stage, activityId));
  }

  /** The engine's clock moves to when the timer falls due, then a manager runs it; returns when. */
  Instant timerFires(Stage stage, String timerId) {
    JsonNode timer = job(stage, timerId);
    Instant due = OffsetDateTime.parse(timer.get("dueDate").asText(), REST_DATE).toInstant();
    assertThat(due).as("a timer of %s still ahead", timerId).isAfter(ClockUtil.now().toInstant());
    clockTo(due);
    execute(timer);
    return due;
  }

  private JsonNode job(Stage stage, String activityId) {
    JsonNode jobs =
        read(
            manager.get(
                "/engine-rest/job?processInstanceId="
                    + instanceOf(stage)
                    + "&activityId="
                    + activityId));
    assertThat(jobs).as("job at %s", activityId).hasSize(1);
    return jobs.get(0);
  }

  private void execute(JsonNode job) {
    HttpResponse<String> ran =
        manager.post("/engine-rest/job/" + job.get("id").asText() + "/execute");
    assertThat(ran.statusCode()).as(ran.body()).isEqualTo(204);
  }

  /** The engine's clock moves forward to a local time in the chamber's zone. */
  void at(String chamberTime) {
    clockTo(LocalDateTime.parse(chamberTime).atZone(EngineTime.CHAMBER_ZONE).toInstant());
  }

  private void clockTo(Instant moment) {
    if (storyTime != null) {
      assertThat(moment).as("the story's time only moves forward").isAfterOrEqualTo(storyTime);
    }
    storyTime = moment;
    ClockUtil.setCurrentTime(Date.from(moment));
  }

  private String openTask(EngineRest worker, Stage stage, String taskKey) {
    JsonNode tasks = tasks(worker, stage, taskKey);
    assertThat(tasks).as("%s in the task list", taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private JsonNode tasks(EngineRest user, Stage stage, String taskKey) {
    HttpResponse<String> tasks =
        user.get(
            "/engine-rest/task?processInstanceBusinessKey="
                + BUSINESS_KEY
                + "&processDefinitionKey="
                + stage.processKey()
                + "&taskDefinitionKey="
                + taskKey);
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    return read(tasks);
  }

  private String stageShownTo(EngineRest user, String taskId) {
    HttpResponse<String> stage =
        user.get("/engine-rest/task/" + taskId + "/variables/" + Variables.STAGE);
    assertThat(stage.statusCode()).as(stage.body()).isEqualTo(200);
    return read(stage).get("value").asText();
  }

  /** The stage's name as the journey's model has it, which is what the stage listener shows. */
  private String nameOf(Stage stage) {
    return repositoryService
        .getBpmnModelInstance(journeyDefinitionId)
        .getModelElementById(stage.journeyElement())
        .getAttributeValue("name");
  }

  private String instanceOf(Stage stage) {
    JsonNode instances =
        read(
            manager.get(
                "/engine-rest/process-instance?businessKey="
                    + BUSINESS_KEY
                    + "&processDefinitionKey="
                    + stage.processKey()));
    assertThat(instances).as("running %s", stage.processKey()).hasSize(1);
    return instances.get(0).get("id").asText();
  }

  private static Instant instant(String formDateTime) {
    return OffsetDateTime.parse(formDateTime).toInstant();
  }

  /**
   * When the sustain review's timers fire: nine in the morning at the chamber. The application runs
   * in the chamber's time zone ({@code system/ChamberTimeZone}), which the tests set to Chicago.
   */
  private static Instant nineOClock(LocalDate day) {
    return day.atTime(LocalTime.of(9, 0)).atZone(EngineTime.CHAMBER_ZONE).toInstant();
  }

  private JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> values(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(element -> element.get(field).asText())
        .toList();
  }
}
