package org.fairchance.cohorts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fairchance.cohorts.CohortTable.Cohort;
import org.fairchance.cohorts.CohortTable.Member;
import org.fairchance.cohorts.CohortTable.Session;
import org.fairchance.cohorts.CohortTable.SessionStatus;
import org.fairchance.cohorts.CohortTable.Status;
import org.fairchance.cohorts.EmployerCohortProcess.Variables;
import org.fairchance.onboarding.AppointmentTime;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts and their members. A member is an employer journey: joining writes the member row and
 * sets {@code cohortId} and {@code cohortName} on the journey and its running stages in one
 * transaction; leaving removes both. The cohort's workshop sessions reach the members' workshop
 * stages as messages correlated by {@code cohortId} (see {@link EducationWorkshopProcess}).
 */
@Service
@Transactional
public class Cohorts {

  private final CohortTable table;
  private final RuntimeService runtime;
  private final Clock clock;

  Cohorts(CohortTable table, RuntimeService runtime, Clock clock) {
    this.table = table;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** What the Plan step defines; dates as the form sends them ({@code 2027-03-02}). */
  record Plan(
      String id,
      Object name,
      Object sector,
      Object region,
      Object plannedSize,
      Object startsOn,
      Object endsOn) {}

  /** How many members' workshop stages a cohort session reached. */
  record Reach(Session session, int reached) {}

  /**
   * What one attendance list did: members recorded as present or absent, and members whose stage
   * was not waiting for this session's attendance (not registered, or moved to another session).
   */
  record AttendanceResult(int attended, int missed, List<Member> notWaiting) {}

  /** Lists a cohort planned in the Plan step; refuses a plan without a name or with odd dates. */
  void register(Plan plan) {
    String name = text(plan.name());
    if (name == null) {
      throw new CohortException("Give the cohort a name.");
    }
    if (name.length() > 120) {
      throw new CohortException("Keep the cohort's name to 120 characters.");
    }
    LocalDate startsOn = date(plan.startsOn(), "first session");
    LocalDate endsOn = date(plan.endsOn(), "last session");
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw new CohortException("The last session cannot come before the first.");
    }
    Integer size = plan.plannedSize() instanceof Number n ? n.intValue() : null;
    if (size != null && size < 1) {
      throw new CohortException("A cohort needs at least one employer.");
    }
    if (table.exists(plan.id())) {
      throw new CohortException("A cohort " + plan.id() + " exists already.");
    }
    table.insert(
        new Cohort(
            plan.id(),
            name,
            limited(text(plan.sector()), 40),
            limited(text(plan.region()), 120),
            size,
            startsOn,
            endsOn,
            Status.OPEN,
            0),
        clock.instant());
  }

  /** Closes a cohort: no one joins it any more; members keep it on their journeys. */
  void close(String cohortId) {
    table.close(cohort(cohortId).id(), clock.instant());
  }

  /**
   * Links a journey to a cohort. A member of another cohort moves. When the cohort has a session
   * ahead and the journey's workshop stage waits for a booking, the employer is invited to it.
   *
   * @param businessKey the journey's business key, e.g. {@code FC-2026-K7Q2XM}
   */
  public Member join(String cohortId, String businessKey) {
    Cohort cohort = cohort(cohortId);
    if (!cohort.open()) {
      throw new CohortException("The cohort " + cohort.name() + " is closed; no one can join it.");
    }
    String key = businessKey == null ? "" : businessKey.strip().toUpperCase();
    ProcessInstance journey = runningJourney(key);
    Optional<Member> before = table.member(key);
    if (before.isPresent()) {
      if (before.get().cohortId().equals(cohort.id())) {
        throw new CohortException(
            before.get().employerName() + " is a member of " + cohort.name() + " already.");
      }
      leaveQuietly(before.get());
    }
    Object employerName =
        runtime.getVariable(journey.getId(), EmployerOnboardingProcess.Variables.EMPLOYER_NAME);
    Member member =
        new Member(
            key,
            cohort.id(),
            employerName == null ? key : employerName.toString(),
            clock.instant());
    table.insertMember(member);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.COHORT_ID, cohort.id());
    variables.put(Variables.COHORT_NAME, cohort.name());
    for (ProcessInstance instance : journeyAndStages(key)) {
      runtime.setVariables(instance.getId(), variables);
    }
    table
        .nextSession(cohort.id(), clock.instant())
        .ifPresent(next -> scheduledMessage(next).processInstanceBusinessKey(key).correlateAll());
    return member;
  }

  /** Moves a member to another cohort; its workshop stage follows the new cohort's sessions. */
  public Member move(String businessKey, String toCohortId) {
    member(businessKey);
    return join(toCohortId, businessKey);
  }

  /**
   * Takes a journey out of its cohort. A workshop stage invited to one of the cohort's sessions
   * goes back to booking, for staff to book a session for the employer alone.
   */
  public Member leave(String businessKey) {
    Member member = member(businessKey);
    leaveQuietly(member);
    return member;
  }

  /**
   * Schedules a workshop session for a cohort: every member whose workshop stage waits for a
   * booking is invited to it at once.
   *
   * @param start as the booking form sends it (ISO date and time, with or without an offset)
   */
  public Reach scheduleSession(String cohortId, Object start, String place, String note) {
    Cohort cohort = cohort(cohortId);
    if (!cohort.open()) {
      throw new CohortException("The cohort " + cohort.name() + " is closed.");
    }
    Session session =
        new Session(
            UUID.randomUUID().toString(),
            cohort.id(),
            startAhead(start),
            required(place, "Enter the place: address and room, or the video link.", 500),
            limited(text(note), 2000),
            SessionStatus.SCHEDULED);
    table.insert(session);
    return new Reach(session, reachAll(scheduledMessage(session)));
  }

  /**
   * Invites members who wait for a booking to a session scheduled earlier: those who joined late,
   * reached the workshop stage after it was scheduled, or missed an earlier session.
   */
  public Reach inviteWaitingMembers(String sessionId) {
    Session session = scheduledSession(sessionId);
    if (!session.startsAt().isAfter(clock.instant())) {
      throw new CohortException("This session has begun; schedule another one.");
    }
    return new Reach(session, reachAll(scheduledMessage(session)));
  }

  /** Moves a session: its members are invited again, for the new date and place. */
  public Reach moveSession(String sessionId, Object start, String place, String note) {
    Session before = scheduledSession(sessionId);
    Session moved =
        new Session(
            before.id(),
            before.cohortId(),
            startAhead(start),
            required(place, "Enter the place: address and room, or the video link.", 500),
            limited(text(note), 2000),
            SessionStatus.SCHEDULED);
    table.update(moved);
    MessageCorrelationBuilder message =
        changedMessage(moved, EducationWorkshopProcess.Values.MOVED)
            .setVariable(
                EducationWorkshopProcess.Variables.SESSION_DATE_TIME, isoStart(moved.startsAt()))
            .setVariable(EducationWorkshopProcess.Variables.PLACE, moved.place())
            .setVariable(EducationWorkshopProcess.Variables.NOTE_TO_EMPLOYER, moved.note());
    return new Reach(moved, reachAll(message));
  }

  /**
   * Cancels a session: its members go back to booking, where the cohort's next session reaches
   * them. No one counts as having missed it.
   */
  public Reach cancelSession(String sessionId) {
    Session before = scheduledSession(sessionId);
    Session cancelled =
        new Session(
            before.id(),
            before.cohortId(),
            before.startsAt(),
            before.place(),
            before.note(),
            SessionStatus.CANCELLED);
    table.update(cancelled);
    return new Reach(
        cancelled, reachAll(changedMessage(cancelled, EducationWorkshopProcess.Values.CANCELLED)));
  }

  /**
   * Records who came to a session that has taken place: each member waiting for this session's
   * attendance is completed as attended or missed; those who missed it follow the stage's no-show
   * path. May be recorded again for members who were not waiting yet (their stage had not yet
   * noticed that the session began).
   *
   * @param attended business keys of the journeys whose employer came
   */
  public AttendanceResult recordAttendance(String sessionId, Collection<String> attended) {
    Session session = session(sessionId);
    if (session.status() == SessionStatus.CANCELLED) {
      throw new CohortException("This session was cancelled; there is no attendance to record.");
    }
    if (session.startsAt().isAfter(clock.instant())) {
      throw new CohortException("The session has not taken place yet.");
    }
    Set<String> present = Set.copyOf(attended);
    int came = 0;
    int missed = 0;
    List<Member> notWaiting = new ArrayList<>();
    for (Member member : table.members(session.cohortId())) {
      boolean wasThere = present.contains(member.businessKey());
      int completed =
          runtime
              .createMessageCorrelation(EducationWorkshopProcess.MESSAGE_COHORT_ATTENDANCE_RECORDED)
              .processInstanceBusinessKey(member.businessKey())
              .processInstanceVariableEquals(Variables.COHORT_ID, session.cohortId())
              .processInstanceVariableEquals(
                  EducationWorkshopProcess.Variables.COHORT_SESSION_ID, session.id())
              .setVariable(
                  EducationWorkshopProcess.Variables.ATTENDANCE,
                  wasThere
                      ? EducationWorkshopProcess.Values.ATTENDED
                      : EducationWorkshopProcess.Values.MISSED)
              .correlateAllWithResult()
              .size();
      if (completed == 0) {
        notWaiting.add(member);
      } else if (wasThere) {
        came++;
      } else {
        missed++;
      }
    }
    table.update(
        new Session(
            session.id(),
            session.cohortId(),
            session.startsAt(),
            session.place(),
            session.note(),
            SessionStatus.HELD));
    return new AttendanceResult(came, missed, List.copyOf(notWaiting));
  }

  @Transactional(readOnly = true)
  public List<Member> members(String cohortId) {
    return table.members(cohort(cohortId).id());
  }

  @Transactional(readOnly = true)
  Optional<Cohort> find(String cohortId) {
    return table.find(cohortId);
  }

  @Transactional(readOnly = true)
  List<Cohort> all() {
    return table.all();
  }

  @Transactional(readOnly = true)
  List<Session> sessions(String cohortId) {
    return table.sessions(cohortId);
  }

  private void leaveQuietly(Member member) {
    // Only a stage on one of the cohort's sessions goes back to booking; a session booked for the
    // employer alone stays.
    for (ProcessInstance stage :
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(EducationWorkshopProcess.KEY)
            .processInstanceBusinessKey(member.businessKey())
            .list()) {
      Object sessionId =
          runtime.getVariable(stage.getId(), EducationWorkshopProcess.Variables.COHORT_SESSION_ID);
      if (sessionId != null) {
        runtime
            .createMessageCorrelation(EducationWorkshopProcess.MESSAGE_COHORT_SESSION_CHANGED)
            .processInstanceId(stage.getId())
            .processInstanceVariableEquals(
                EducationWorkshopProcess.Variables.COHORT_SESSION_ID, sessionId)
            .setVariable(
                EducationWorkshopProcess.Variables.COHORT_SESSION_CHANGE,
                EducationWorkshopProcess.Values.CANCELLED)
            .correlateAll();
      }
    }
    for (ProcessInstance instance : journeyAndStages(member.businessKey())) {
      runtime.removeVariables(
          instance.getId(), List.of(Variables.COHORT_ID, Variables.COHORT_NAME));
    }
    table.deleteMember(member.businessKey());
  }

  private MessageCorrelationBuilder scheduledMessage(Session session) {
    return runtime
        .createMessageCorrelation(EducationWorkshopProcess.MESSAGE_COHORT_SESSION_SCHEDULED)
        .processInstanceVariableEquals(Variables.COHORT_ID, session.cohortId())
        .setVariable(
            EducationWorkshopProcess.Variables.SESSION_DATE_TIME, isoStart(session.startsAt()))
        .setVariable(EducationWorkshopProcess.Variables.PLACE, session.place())
        .setVariable(EducationWorkshopProcess.Variables.NOTE_TO_EMPLOYER, session.note())
        .setVariable(EducationWorkshopProcess.Variables.COHORT_SESSION_ID, session.id());
  }

  private MessageCorrelationBuilder changedMessage(Session session, String change) {
    return runtime
        .createMessageCorrelation(EducationWorkshopProcess.MESSAGE_COHORT_SESSION_CHANGED)
        .processInstanceVariableEquals(Variables.COHORT_ID, session.cohortId())
        .processInstanceVariableEquals(
            EducationWorkshopProcess.Variables.COHORT_SESSION_ID, session.id())
        .setVariable(EducationWorkshopProcess.Variables.COHORT_SESSION_CHANGE, change);
  }

  private static int reachAll(MessageCorrelationBuilder message) {
    return message.correlateAllWithResult().size();
  }

  private String isoStart(Instant start) {
    return start.atZone(clock.getZone()).toOffsetDateTime().toString();
  }

  private Instant startAhead(Object entered) {
    AppointmentTime start;
    try {
      start =
          AppointmentTime.read(entered, clock.getZone())
              .orElseThrow(
                  () -> new CohortException("Enter the date and time the session starts."));
    } catch (DateTimeParseException e) {
      throw new CohortException(
          "Cannot read \"" + entered + "\" as the date and time the session starts.");
    }
    if (!start.isAfter(clock.instant())) {
      throw new CohortException(
          "The session on "
              + start.label()
              + " has already begun. Choose a date and time that is still ahead.");
    }
    return start.start().toInstant();
  }

  private Cohort cohort(String cohortId) {
    return table
        .find(cohortId == null ? "" : cohortId)
        .orElseThrow(() -> new CohortException("There is no cohort " + cohortId + "."));
  }

  private Member member(String businessKey) {
    return table
        .member(businessKey == null ? "" : businessKey.strip().toUpperCase())
        .orElseThrow(() -> new CohortException("The journey " + businessKey + " is in no cohort."));
  }

  /**
   * Refuses a change to a member or session of another cohort than the one staff are looking at.
   */
  @Transactional(readOnly = true)
  void checkBelongs(String cohortId, String businessKey, String sessionId) {
    if (businessKey != null && !member(businessKey).cohortId().equals(cohortId)) {
      throw new CohortException("The journey " + businessKey + " is not a member of this cohort.");
    }
    if (sessionId != null && !session(sessionId).cohortId().equals(cohortId)) {
      throw new CohortException("This session belongs to another cohort.");
    }
  }

  private Session session(String sessionId) {
    return table
        .session(sessionId == null ? "" : sessionId)
        .orElseThrow(() -> new CohortException("There is no such session."));
  }

  private Session scheduledSession(String sessionId) {
    Session session = session(sessionId);
    if (session.status() != SessionStatus.SCHEDULED) {
      throw new CohortException(
          "This session is " + session.status().name().toLowerCase() + " already.");
    }
    return session;
  }

  private ProcessInstance runningJourney(String businessKey) {
    ProcessInstance journey =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(EmployerOnboardingProcess.KEY)
            .processInstanceBusinessKey(businessKey)
            .active()
            .singleResult();
    if (journey == null) {
      throw new CohortException(
          "There is no running journey \""
              + businessKey
              + "\". Enter the journey's key as it shows in Tasklist, e.g. FC-2026-K7Q2XM.");
    }
    return journey;
  }

  private List<ProcessInstance> journeyAndStages(String businessKey) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static String limited(String text, int length) {
    if (text != null && text.length() > length) {
      throw new CohortException("Keep it to " + length + " characters: " + text);
    }
    return text;
  }

  private static String required(String text, String message, int length) {
    String value = text(text);
    if (value == null) {
      throw new CohortException(message);
    }
    return limited(value, length);
  }

  private static LocalDate date(Object value, String what) {
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new CohortException("Cannot read \"" + text + "\" as the date of the " + what + ".");
    }
  }
}
