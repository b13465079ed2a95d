package org.fairchance.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.cohorts.CohortTable.Member;
import org.fairchance.cohorts.Cohorts.AttendanceResult;
import org.fairchance.cohorts.Cohorts.Reach;
import org.fairchance.cohorts.EmployerCohortProcess.Variables;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Elements;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Values;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cohorts on the whole application: the cohort's events reach every member's journey by message
 * correlation, and late joins, moves and leaves keep the member list and the journeys in step. Jobs
 * run when the test says (no job executor), so each step's effect is checked in turn.
 */
@SpringBootTest(
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "fairchance.mail.scheduled=false",
      "fairchance.reminders.scheduled=false"
    })
@ActiveProfiles("test")
class CohortMembershipIT {

  private static final Logger log = LoggerFactory.getLogger(CohortMembershipIT.class);

  @Autowired Cohorts cohorts;
  @Autowired EmployerJourneys journeys;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void oneScheduledWorkshopReachesAllTwentyFiveJourneysAndOneAttendanceListCompletesTheRightOnes() {
    String cohort = plan("Riverside manufacturers");
    List<String> members = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      members.add(journeyAtTheWorkshop(String.format("Riverside Plant %02d", i)));
    }
    members.forEach(member -> cohorts.join(cohort, member));
    assertConsistent(cohort, members);

    Instant before = Instant.now();
    Reach scheduled =
        cohorts.scheduleSession(cohort, inDays(7), "Union hall, room 4", "Bring your HR lead.");
    long scheduleMillis = Duration.between(before, Instant.now()).toMillis();
    runDueJobs();

    assertThat(scheduled.reached()).isEqualTo(25);
    for (String member : members) {
      assertThat(waitingAt(member)).containsExactly(Elements.TASK_REGISTER);
      Map<String, Object> stage = stageVariables(member);
      assertThat(stage)
          .containsEntry(
              EducationWorkshopProcess.Variables.SESSION_START,
              Date.from(scheduled.session().startsAt()))
          .containsEntry(EducationWorkshopProcess.Variables.PLACE, "Union hall, room 4")
          .containsEntry(
              EducationWorkshopProcess.Variables.COHORT_SESSION_ID, scheduled.session().id());
    }
    assertThat(bookingTasks(members)).isZero();
    assertThat(invitations(members)).isEqualTo(25);

    // 24 will come; the last asks for another date and leaves the cohort's session.
    String anotherDate = members.get(24);
    List<String> registered = members.subList(0, 24);
    registered.forEach(this::registerAsAttending);
    completeRegistration(
        anotherDate, Map.of(EducationWorkshopProcess.Variables.REGISTRATION, Values.ANOTHER_DATE));

    ClockUtil.setCurrentTime(Date.from(scheduled.session().startsAt().plusSeconds(3600)));
    runDueJobs(); // every registered member's timer: the session has started
    registered.forEach(
        m -> assertThat(waitingAt(m)).containsExactly(Elements.TASK_RECORD_ATTENDANCE));

    List<String> came = registered.subList(0, 20);
    List<String> missed = registered.subList(20, 24);
    before = Instant.now();
    AttendanceResult result = cohorts.recordAttendance(scheduled.session().id(), came);
    long attendanceMillis = Duration.between(before, Instant.now()).toMillis();
    before = Instant.now();
    runDueJobs(); // each member goes on in a job of their own
    long continuationMillis = Duration.between(before, Instant.now()).toMillis();

    assertThat(result.attended()).isEqualTo(20);
    assertThat(result.missed()).isEqualTo(4);
    assertThat(result.notWaiting()).extracting(Member::businessKey).containsExactly(anotherDate);
    for (String member : came) {
      ProcessInstance journey = journey(member);
      assertThat(runtime.getVariable(journey.getId(), "workshopAttendedOn"))
          .isEqualTo(Date.from(scheduled.session().startsAt()));
      assertThat(stageVariables(member)).isNull();
    }
    for (String member : missed) {
      assertThat(waitingAt(member)).containsExactly(Elements.TASK_BOOK_SESSION);
      assertThat(stageVariables(member))
          .containsEntry(EducationWorkshopProcess.Variables.NO_SHOWS, 1);
    }
    assertThat(waitingAt(anotherDate)).containsExactly(Elements.TASK_BOOK_SESSION);
    assertThat(stageVariables(anotherDate))
        .doesNotContainKey(EducationWorkshopProcess.Variables.NO_SHOWS);
    assertThat(missedMails(missed)).isEqualTo(4);
    assertThat(missedMails(came)).isZero();
    assertConsistent(cohort, members);
    log.info(
        "Cohort of 25: scheduling reached every journey in {} ms; one attendance list took {} ms,"
            + " the members' continuations in jobs {} ms",
        scheduleMillis,
        attendanceMillis,
        continuationMillis);
  }

  @Test
  void lateJoinerWaitingForABookingIsInvitedToTheSessionAhead() {
    String cohort = plan("Late joiners");
    String early = journeyAtTheWorkshop("Early Foods");
    cohorts.join(cohort, early);
    Reach scheduled = cohorts.scheduleSession(cohort, inDays(10), "Chamber hall", null);
    String late = journeyAtTheWorkshop("Late Foods");

    cohorts.join(cohort, late);
    runDueJobs();

    assertThat(waitingAt(late)).containsExactly(Elements.TASK_REGISTER);
    assertThat(stageVariables(late))
        .containsEntry(Variables.COHORT_ID, cohort)
        .containsEntry(Variables.COHORT_NAME, "Late joiners")
        .containsEntry(
            EducationWorkshopProcess.Variables.COHORT_SESSION_ID, scheduled.session().id());
    assertConsistent(cohort, List.of(early, late));
  }

  @Test
  void journeyThatJoinsBeforeItsWorkshopCarriesTheCohortIntoTheStage() {
    String cohort = plan("Joined at application");
    String member = journeys.start(application("Early Bird Logistics"));
    cohorts.join(cohort, member);

    acceptAndReachTheWorkshop(member);

    assertThat(stageVariables(member)).containsEntry(Variables.COHORT_ID, cohort);
    Reach scheduled = cohorts.scheduleSession(cohort, inDays(5), "Chamber hall", null);
    assertThat(scheduled.reached()).isEqualTo(1);
  }

  @Test
  void movingAMemberRepointsItsWorkshopStageToTheOtherCohortsSession() {
    String from = plan("North cohort");
    String to = plan("South cohort");
    String member = journeyAtTheWorkshop("Mover Metals");
    String stays = journeyAtTheWorkshop("Stayer Metals");
    cohorts.join(from, member);
    cohorts.join(from, stays);
    Reach north = cohorts.scheduleSession(from, inDays(7), "North hall", null);
    Reach south = cohorts.scheduleSession(to, inDays(9), "South hall", null);
    runDueJobs();
    registerAsAttending(member);

    cohorts.move(member, to);
    runDueJobs();

    assertThat(waitingAt(member)).containsExactly(Elements.TASK_REGISTER);
    assertThat(stageVariables(member))
        .containsEntry(Variables.COHORT_ID, to)
        .containsEntry(Variables.COHORT_NAME, "South cohort")
        .containsEntry(EducationWorkshopProcess.Variables.COHORT_SESSION_ID, south.session().id())
        .containsEntry(EducationWorkshopProcess.Variables.PLACE, "South hall");
    assertConsistent(from, List.of(stays));
    assertConsistent(to, List.of(member));

    Reach northMoved = cohorts.moveSession(north.session().id(), inDays(8), "North annex", null);
    assertThat(northMoved.reached()).isEqualTo(1);
    assertThat(stageVariables(member))
        .containsEntry(EducationWorkshopProcess.Variables.PLACE, "South hall");
  }

  @Test
  void leavingClearsTheCohortFromTheJourneyAndSendsTheStageBackToBooking() {
    String cohort = plan("Leavers");
    String leaver = journeyAtTheWorkshop("Leaving Logistics");
    String stays = journeyAtTheWorkshop("Staying Logistics");
    cohorts.join(cohort, leaver);
    cohorts.join(cohort, stays);
    Reach session = cohorts.scheduleSession(cohort, inDays(7), "Chamber hall", null);
    runDueJobs();
    registerAsAttending(leaver);

    cohorts.leave(leaver);

    assertThat(waitingAt(leaver)).containsExactly(Elements.TASK_BOOK_SESSION);
    assertThat(runtime.getVariables(journey(leaver).getId()))
        .doesNotContainKeys(Variables.COHORT_ID, Variables.COHORT_NAME);
    assertThat(stageVariables(leaver))
        .doesNotContainKeys(Variables.COHORT_ID, Variables.COHORT_NAME);
    assertConsistent(cohort, List.of(stays));
    assertThat(cohorts.cancelSession(session.session().id()).reached()).isEqualTo(1);
    assertThatThrownBy(() -> cohorts.leave(leaver)).isInstanceOf(CohortException.class);
  }

  @Test
  void movedSessionInvitesItsMembersAgainAndACancelledOneReschedulesEveryone() {
    String cohort = plan("Reschedulers");
    List<String> members =
        List.of(journeyAtTheWorkshop("Moved One"), journeyAtTheWorkshop("Moved Two"));
    members.forEach(m -> cohorts.join(cohort, m));
    Reach first = cohorts.scheduleSession(cohort, inDays(7), "Chamber hall", null);
    runDueJobs();
    registerAsAttending(members.get(0));

    Reach moved = cohorts.moveSession(first.session().id(), inDays(12), "Union hall", null);
    runDueJobs();

    assertThat(moved.reached()).isEqualTo(2);
    for (String member : members) {
      assertThat(waitingAt(member)).containsExactly(Elements.TASK_REGISTER);
      assertThat(stageVariables(member))
          .containsEntry(
              EducationWorkshopProcess.Variables.SESSION_START,
              Date.from(moved.session().startsAt()));
    }
    assertThat(invitations(members)).isEqualTo(4);

    Reach cancelled = cohorts.cancelSession(first.session().id());
    assertThat(cancelled.reached()).isEqualTo(2);
    members.forEach(m -> assertThat(waitingAt(m)).containsExactly(Elements.TASK_BOOK_SESSION));
    Reach replacement = cohorts.scheduleSession(cohort, inDays(14), "Chamber hall", null);
    assertThat(replacement.reached()).isEqualTo(2);
    assertThatThrownBy(() -> cohorts.moveSession(first.session().id(), inDays(20), "x", null))
        .isInstanceOf(CohortException.class)
        .hasMessage("This session is cancelled already.");
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndChangesNothing() {
    String cohort = plan("Careful cohort");
    String member = journeyAtTheWorkshop("Careful Co");

    assertThatThrownBy(() -> cohorts.join(cohort, "FC-2026-NOSUCH"))
        .hasMessageContaining("There is no running journey \"FC-2026-NOSUCH\"");
    assertThatThrownBy(() -> cohorts.join("CO-NONE", member))
        .hasMessage("There is no cohort CO-NONE.");
    cohorts.join(cohort, member);
    assertThatThrownBy(() -> cohorts.join(cohort, member))
        .hasMessage("Careful Co is a member of Careful cohort already.");
    assertThatThrownBy(
            () ->
                cohorts.scheduleSession(
                    cohort,
                    Instant.now().minusSeconds(60).atZone(ZoneId.systemDefault()).toString(),
                    "Hall",
                    null))
        .hasMessageContaining("has already begun");
    assertThatThrownBy(() -> cohorts.scheduleSession(cohort, inDays(3), " ", null))
        .hasMessageContaining("Enter the place");
    assertThatThrownBy(() -> cohorts.scheduleSession(cohort, "next Tuesday", "Hall", null))
        .hasMessageContaining("Cannot read \"next Tuesday\"");

    assertThat(cohorts.sessions(cohort)).isEmpty();
    assertThat(waitingAt(member)).containsExactly(Elements.TASK_BOOK_SESSION);
    assertConsistent(cohort, List.of(member));
  }

  /** The member list and the journeys agree: the same members, each with the cohort's name. */
  private void assertConsistent(String cohortId, List<String> expected) {
    assertThat(cohorts.members(cohortId))
        .extracting(Member::businessKey)
        .containsExactlyInAnyOrderElementsOf(expected);
    Set<String> withVariable =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(EmployerOnboardingProcess.KEY)
            .variableValueEquals(Variables.COHORT_ID, cohortId)
            .list()
            .stream()
            .map(ProcessInstance::getBusinessKey)
            .collect(Collectors.toSet());
    assertThat(withVariable).containsExactlyInAnyOrderElementsOf(expected);
    String name = cohorts.find(cohortId).orElseThrow().name();
    for (String member : expected) {
      assertThat(runtime.getVariable(journey(member).getId(), Variables.COHORT_NAME))
          .isEqualTo(name);
    }
  }

  private String plan(String name) {
    Map<String, Object> plan = new HashMap<>();
    plan.put(Variables.COHORT_NAME, name);
    plan.put(Variables.SECTOR, "manufacturing");
    plan.put(Variables.REGION, "Jackson");
    plan.put(Variables.PLANNED_SIZE, 25);
    plan.put(Variables.STARTS_ON, "2027-03-02");
    plan.put(Variables.ENDS_ON, "2027-06-29");
    ProcessInstance cohort = runtime.startProcessInstanceByKey(EmployerCohortProcess.KEY, plan);
    return cohort.getBusinessKey();
  }

  /** A journey of an accepted employer whose workshop stage waits for a booking. */
  private String journeyAtTheWorkshop(String employer) {
    String businessKey = journeys.start(application(employer));
    acceptAndReachTheWorkshop(businessKey);
    return businessKey;
  }

  private void acceptAndReachTheWorkshop(String businessKey) {
    Task review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    tasks.complete(
        review.getId(),
        Map.of(
            EmployerOnboardingProcess.Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.ACCEPTED));
    runDueJobs(); // the welcome mail, then the workshop stage starts
    assertThat(waitingAt(businessKey)).containsExactly(Elements.TASK_BOOK_SESSION);
  }

  private void registerAsAttending(String businessKey) {
    completeRegistration(
        businessKey,
        Map.of(
            EducationWorkshopProcess.Variables.REGISTRATION,
            Values.ATTENDING,
            EducationWorkshopProcess.Variables.ATTENDEE_COUNT,
            2));
  }

  private void completeRegistration(String businessKey, Map<String, Object> answers) {
    Task registration =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(Elements.TASK_REGISTER)
            .singleResult();
    tasks.complete(registration.getId(), answers);
  }

  /** Runs every job that is due, and those they make due, as the job executor would. */
  private void runDueJobs() {
    for (int round = 0; round < 10; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep falling due");
  }

  private ProcessInstance journey(String businessKey) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(EmployerOnboardingProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private ProcessInstance stage(String businessKey) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(EducationWorkshopProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private Map<String, Object> stageVariables(String businessKey) {
    ProcessInstance stage = stage(businessKey);
    return stage == null ? null : runtime.getVariables(stage.getId());
  }

  private List<String> waitingAt(String businessKey) {
    return runtime.getActiveActivityIds(stage(businessKey).getId());
  }

  private long bookingTasks(List<String> members) {
    return members.stream()
        .mapToLong(
            m ->
                tasks
                    .createTaskQuery()
                    .processInstanceBusinessKey(m)
                    .taskDefinitionKey(Elements.TASK_BOOK_SESSION)
                    .count())
        .sum();
  }

  private long invitations(List<String> members) {
    return mails(members, EducationWorkshopProcess.MailKinds.INVITATION);
  }

  private long missedMails(List<String> members) {
    return mails(members, EducationWorkshopProcess.MailKinds.MISSED);
  }

  private long mails(List<String> members, String kind) {
    return members.stream()
        .mapToLong(
            m ->
                jdbc.queryForObject(
                    "SELECT COUNT(*) FROM mail_outbox WHERE business_key = ? AND kind = ?",
                    Long.class,
                    m,
                    kind))
        .sum();
  }

  /** A session start as the booking form sends it, this many days from the engine's now. */
  private static String inDays(int days) {
    return ClockUtil.now()
        .toInstant()
        .plus(Duration.ofDays(days))
        .truncatedTo(ChronoUnit.MINUTES)
        .atZone(ZoneId.systemDefault())
        .toOffsetDateTime()
        .toString();
  }

  private static Map<String, Object> application(String employer) {
    return Map.of(
        EmployerOnboardingProcess.Variables.EMPLOYER_NAME,
        employer,
        EmployerOnboardingProcess.Variables.CONTACT_NAME,
        "Dana Reyes",
        EmployerOnboardingProcess.Variables.CONTACT_EMAIL,
        "dana@cohort.example",
        EmployerOnboardingProcess.Variables.CONTACT_PHONE,
        "816-555-0101",
        EmployerOnboardingProcess.Variables.COUNTY,
        "Jackson",
        EmployerOnboardingProcess.Variables.INDUSTRY,
        "manufacturing",
        EmployerOnboardingProcess.Variables.EMPLOYEE_COUNT,
        40);
  }
}
