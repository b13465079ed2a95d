package org.fairchance.onboarding.workshop;

import org.fairchance.onboarding.EmployerOnboardingProcess;

/**
 * Ids of {@code processes/education-workshop.bpmn}, the journey's education workshop: staff book a
 * session, the employer registers, staff record attendance. A missed session is booked again; after
 * two, the coordinator decides. Returns {@link
 * EmployerOnboardingProcess.Variables#WORKSHOP_ATTENDED_ON} to the journey, or ends with the
 * journey's "employer inactive" error.
 */
public final class EducationWorkshopProcess {

  public static final String KEY = "education-workshop";

  /**
   * A cohort's workshop session is scheduled: members waiting for a booking take it. Correlate by
   * the journey variable {@code cohortId}, with the session as payload.
   */
  public static final String MESSAGE_COHORT_SESSION_SCHEDULED = "CohortWorkshopScheduled";

  /**
   * A cohort's session is moved or cancelled ({@link Variables#COHORT_SESSION_CHANGE}): members
   * invited to it or waiting for it are invited again or go back to booking. Correlate by {@code
   * cohortId} and {@link Variables#COHORT_SESSION_ID}.
   */
  public static final String MESSAGE_COHORT_SESSION_CHANGED = "CohortWorkshopChanged";

  /**
   * Staff recorded a cohort session's attendance: one correlation per member (business key, {@code
   * cohortId}, {@link Variables#COHORT_SESSION_ID}) with {@link Variables#ATTENDANCE}.
   */
  public static final String MESSAGE_COHORT_ATTENDANCE_RECORDED = "CohortAttendanceRecorded";

  public static final class Elements {
    public static final String START_WORKSHOP_STAGE = "StartEvent_WorkshopStageStarted";
    public static final String TASK_BOOK_SESSION = "Task_BookSession";
    public static final String SEND_INVITATION = "ServiceTask_SendInvitation";
    public static final String TASK_REGISTER = "Task_RegisterForWorkshop";
    public static final String BOUNDARY_EMPLOYER_SILENT = "BoundaryEvent_EmployerSilent";
    public static final String TASK_FOLLOW_UP_SILENT_EMPLOYER = "Task_FollowUpSilentEmployer";
    public static final String GATEWAY_KEEP_WAITING = "Gateway_KeepWaitingForEmployer";
    public static final String END_EMPLOYER_INACTIVE = "EndEvent_EmployerInactive";
    public static final String GATEWAY_ATTENDING = "Gateway_Attending";
    public static final String GATEWAY_SESSION_AHEAD = "Gateway_SessionStillAhead";
    public static final String TIMER_SESSION_STARTS = "Timer_SessionStarts";
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    public static final String GATEWAY_ATTENDANCE_RECORDED = "Gateway_AttendanceRecorded";
    public static final String GATEWAY_ATTENDED = "Gateway_Attended";
    public static final String RECORD_ATTENDED_SESSION = "ServiceTask_RecordAttendedSession";
    public static final String END_WORKSHOP_ATTENDED = "EndEvent_WorkshopAttended";
    public static final String COUNT_MISSED_SESSION = "ServiceTask_CountMissedSession";
    public static final String GATEWAY_MISSED_TWICE = "Gateway_MissedTwice";
    public static final String SEND_MISSED_MAIL = "ServiceTask_SendMissedMail";
    public static final String TASK_DECIDE_AFTER_NO_SHOWS = "Task_DecideAfterNoShows";
    public static final String GATEWAY_NO_SHOW_DECISION = "Gateway_NoShowDecision";
    public static final String END_CLOSED_AFTER_NO_SHOWS = "EndEvent_ClosedAfterNoShows";
    public static final String BOUNDARY_COHORT_SESSION_SCHEDULED =
        "BoundaryEvent_CohortSessionScheduled";
    public static final String TAKE_COHORT_SESSION = "ServiceTask_TakeCohortSession";
    public static final String BOUNDARY_COHORT_SESSION_CHANGED =
        "BoundaryEvent_CohortSessionChanged";
    public static final String GATEWAY_WAIT_FOR_SESSION = "Gateway_WaitForSession";
    public static final String CATCH_COHORT_SESSION_CHANGED = "CatchEvent_CohortSessionChanged";
    public static final String GATEWAY_COHORT_SESSION_CHANGED = "Gateway_CohortSessionChanged";
    public static final String GATEWAY_COHORT_SESSION_CHANGE = "Gateway_CohortSessionChange";
    public static final String BOUNDARY_COHORT_ATTENDANCE_RECORDED =
        "BoundaryEvent_CohortAttendanceRecorded";

    private Elements() {}
  }

  public static final class Forms {
    public static final String SESSION = "workshop-session";
    public static final String REGISTRATION = "workshop-registration";
    public static final String ATTENDANCE = "workshop-attendance";
    public static final String NO_SHOW_DECISION = "workshop-no-show-decision";

    private Forms() {}
  }

  /**
   * Variables of the stage. The journey's own ({@code employerName}, {@code coordinator}, the
   * follow-up decision and the result {@code workshopAttendedOn}) are in {@link
   * EmployerOnboardingProcess.Variables}.
   */
  public static final class Variables {
    /**
     * The session's start as the booking form sends it: ISO text such as {@code
     * 2026-03-10T14:30-05:00}. Read into {@link #SESSION_START} when the booking is completed.
     */
    public static final String SESSION_DATE_TIME = "workshopSessionDateTime";

    /** The session's start ({@code java.util.Date}); the stage's timer waits for it. */
    public static final String SESSION_START = "workshopSessionStart";

    /** The session's start in words for forms and mails: "Tuesday, March 10, 2026 at 2:30 PM". */
    public static final String SESSION_LABEL = "workshopSessionLabel";

    /** Address and room, or the video link. */
    public static final String PLACE = "workshopPlace";

    public static final String NOTE_TO_EMPLOYER = "workshopNoteToEmployer";

    /** The employer's answer: {@code attending} or {@code another-date}. */
    public static final String REGISTRATION = "workshopRegistration";

    public static final String ATTENDEE_COUNT = "workshopAttendeeCount";

    /** Job roles of those coming, never their names. */
    public static final String ATTENDEE_ROLES = "workshopAttendeeRoles";

    public static final String ACCESSIBILITY_NEEDS = "workshopAccessibilityNeeds";

    /** When the employer needs another date: which days or times suit them. */
    public static final String PREFERRED_DATES = "workshopPreferredDates";

    /** Recorded by staff after the session: {@code attended} or {@code missed}. */
    public static final String ATTENDANCE = "workshopAttendance";

    public static final String PEOPLE_PRESENT = "workshopPeoplePresent";

    /** Sessions the employer missed in this stage (an Integer, counted by the stage's code). */
    public static final String NO_SHOWS = "workshopNoShows";

    /** The coordinator's choice after missed sessions: {@code another-session} or {@code close}. */
    public static final String NO_SHOW_DECISION = "workshopNoShowDecision";

    public static final String NO_SHOW_NOTE = "workshopNoShowNote";

    /**
     * The cohort session the employer is invited to; absent when staff booked a session for this
     * employer alone.
     */
    public static final String COHORT_SESSION_ID = "workshopCohortSessionId";

    /** Payload of {@link #MESSAGE_COHORT_SESSION_CHANGED}: {@code moved} or {@code cancelled}. */
    public static final String COHORT_SESSION_CHANGE = "workshopCohortSessionChange";

    private Variables() {}
  }

  public static final class Values {
    public static final String ATTENDING = "attending";
    public static final String ANOTHER_DATE = "another-date";
    public static final String ATTENDED = "attended";
    public static final String MISSED = "missed";
    public static final String ANOTHER_SESSION = "another-session";
    public static final String MOVED = "moved";
    public static final String CANCELLED = "cancelled";

    /** Closing the case after missed sessions; the same word as the journey's follow-up. */
    public static final String CLOSE = EmployerOnboardingProcess.Values.CLOSE;

    private Values() {}
  }

  /** Mail kinds (templates) the stage sends, all to the employer. */
  public static final class MailKinds {
    public static final String INVITATION = "workshop-invitation";
    public static final String MISSED = "workshop-missed";

    private MailKinds() {}
  }

  private EducationWorkshopProcess() {}
}
