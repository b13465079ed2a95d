package org.fairchance.onboarding.officers;

import java.util.List;

/**
 * Ids of {@code processes/probation-officer-meeting.bpmn}, the journey's stage in which the reentry
 * liaison arranges a meeting between the employer and probation or parole officers: both sides are
 * told and reminded, and the liaison records the outcome (named contacts, supervision conditions
 * discussed, how employment will be verified). The meeting is about the employer's process: no
 * variable holds the name or details of anyone under supervision. Journey variables it reads and
 * sets are in {@link org.fairchance.onboarding.EmployerOnboardingProcess.Variables}.
 */
public final class ProbationOfficerMeetingProcess {

  public static final String KEY = "probation-officer-meeting";

  public static final class Elements {
    public static final String START_MEETING_STAGE_STARTED = "StartEvent_MeetingStageStarted";
    public static final String TASK_SCHEDULE_MEETING = "Task_ScheduleMeeting";
    public static final String GATEWAY_TELL_BOTH_SIDES = "Gateway_TellBothSides";
    public static final String TELL_EMPLOYER_MEETING_SCHEDULED =
        "ServiceTask_TellEmployerMeetingScheduled";
    public static final String TELL_OFFICER_MEETING_SCHEDULED =
        "ServiceTask_TellOfficerMeetingScheduled";
    public static final String GATEWAY_BOTH_TOLD = "Gateway_BothTold";
    public static final String TASK_CONFIRM_MEETING = "Task_ConfirmMeeting";
    public static final String BOUNDARY_EMPLOYER_SILENT = "BoundaryEvent_EmployerSilent";
    public static final String TASK_FOLLOW_UP_SILENT_EMPLOYER = "Task_FollowUpSilentEmployer";
    public static final String GATEWAY_KEEP_WAITING_FOR_EMPLOYER = "Gateway_KeepWaitingForEmployer";
    public static final String END_EMPLOYER_INACTIVE = "EndEvent_EmployerInactive";
    public static final String GATEWAY_EMPLOYER_ATTENDING = "Gateway_EmployerAttending";

    /** Skips the reminders when the employer confirmed after the meeting began. */
    public static final String GATEWAY_MEETING_STILL_AHEAD = "Gateway_MeetingStillAhead";

    /** At the meeting's start minus the reminder lead time ({@link OfficerMeetingSettings}). */
    public static final String TIMER_REMINDER_DUE = "Timer_ReminderDue";

    public static final String GATEWAY_REMIND_BOTH_SIDES = "Gateway_RemindBothSides";
    public static final String REMIND_EMPLOYER = "ServiceTask_RemindEmployer";
    public static final String REMIND_OFFICER = "ServiceTask_RemindOfficer";
    public static final String GATEWAY_BOTH_REMINDED = "Gateway_BothReminded";
    public static final String TIMER_MEETING_STARTS = "Timer_MeetingStarts";
    public static final String TASK_RECORD_MEETING_OUTCOME = "Task_RecordMeetingOutcome";
    public static final String GATEWAY_MEETING_HELD = "Gateway_MeetingHeld";
    public static final String RECORD_MEETING_HELD = "ServiceTask_RecordMeetingHeld";
    public static final String END_MEETING_HELD = "EndEvent_MeetingHeld";

    private Elements() {}
  }

  public static final class Forms {
    /** The liaison's: when and where, and the officer's name, agency and contact details. */
    public static final String SCHEDULING = "officer-meeting-scheduling";

    /** The employer's: we will attend (and who), or we need another time. */
    public static final String CONFIRMATION = "officer-meeting-confirmation";

    /** The liaison's, after the meeting: held or not, contacts, conditions, verification. */
    public static final String OUTCOME = "officer-meeting-outcome";

    private Forms() {}
  }

  /**
   * The stage's own variables; the journey's (and the outputs {@code officerMeetingHeldOn}, {@code
   * officerContactName}, and {@code officerEmail}) are in {@code EmployerOnboardingProcess}.
   */
  public static final class Variables {
    // Scheduling (the liaison).

    /** The meeting's start as the form submits it: ISO date and time with an offset. */
    public static final String MEETING_DATE_TIME = "officerMeetingDateTime";

    /** The meeting's start as a {@code java.util.Date}, read from {@link #MEETING_DATE_TIME}. */
    public static final String MEETING_START = "officerMeetingStart";

    /** The meeting's start in words ("Tuesday, March 10, 2026 at 2:30 PM"), for forms and mail. */
    public static final String MEETING_LABEL = "officerMeetingLabel";

    /** Street address and room, or the video link. */
    public static final String MEETING_PLACE = "officerMeetingPlace";

    public static final String OFFICER_NAME = "officerName";

    /** {@code probation}, {@code parole} or {@code probation-and-parole}. */
    public static final String OFFICER_AGENCY = "officerAgency";

    /** The office's name (district, city). */
    public static final String OFFICER_OFFICE = "officerOffice";

    public static final String OFFICER_PHONE = "officerPhone";

    // Confirmation (the employer).

    /** {@code attending} or {@code another-time}. */
    public static final String CONFIRMATION = "officerMeetingConfirmation";

    /** Who comes from the company (names and roles of the employer's staff). */
    public static final String ATTENDEES = "officerMeetingAttendees";

    /** The employer's note: times that suit them, questions for the officer. */
    public static final String EMPLOYER_NOTE = "officerMeetingEmployerNote";

    // Outcome (the liaison).

    /** {@code held} or {@code reschedule}. */
    public static final String OUTCOME = "officerMeetingOutcome";

    /** The employer's named contact for supervision matters, and their role. */
    public static final String EMPLOYER_CONTACT_NAME = "employerContactName";

    public static final String EMPLOYER_CONTACT_ROLE = "employerContactRole";

    /** The officer side's named contact's phone or e-mail; the name is the journey's output. */
    public static final String OFFICER_CONTACT_DETAILS = "officerContactDetails";

    /** Checklist: a list of the values in {@link Values#SUPERVISION_CONDITIONS}. */
    public static final String SUPERVISION_CONDITIONS = "supervisionConditionsDiscussed";

    public static final String SUPERVISION_CONDITIONS_OTHER = "supervisionConditionsOther";

    /** One of {@link Values#VERIFICATION_METHODS}. */
    public static final String VERIFICATION_METHOD = "employmentVerificationMethod";

    /** The liaison's note on the meeting, or why it was not held. */
    public static final String OUTCOME_NOTE = "officerMeetingNote";

    private Variables() {}
  }

  public static final class Values {
    public static final String PROBATION = "probation";
    public static final String PAROLE = "parole";
    public static final String PROBATION_AND_PAROLE = "probation-and-parole";

    public static final String ATTENDING = "attending";
    public static final String ANOTHER_TIME = "another-time";

    public static final String HELD = "held";
    public static final String RESCHEDULE = "reschedule";

    public static final String REPORTING_DAYS = "reporting-days";
    public static final String DRUG_TESTS = "drug-tests";
    public static final String CURFEWS = "curfews";
    public static final String COURT_DATES = "court-dates";
    public static final String TRAVEL_LIMITS = "travel-limits";
    public static final String OTHER = "other";

    /** The outcome form's checklist, in its order. */
    public static final List<String> SUPERVISION_CONDITIONS =
        List.of(REPORTING_DAYS, DRUG_TESTS, CURFEWS, COURT_DATES, TRAVEL_LIMITS, OTHER);

    public static final String OFFICER_CALLS_EMPLOYER = "officer-calls-employer";
    public static final String EMPLOYER_CONFIRMS_BY_EMAIL = "employer-confirms-by-email";
    public static final String PAY_STUBS = "pay-stubs";
    public static final String SITE_VISIT = "site-visit";

    /** The outcome form's select, in its order. */
    public static final List<String> VERIFICATION_METHODS =
        List.of(OFFICER_CALLS_EMPLOYER, EMPLOYER_CONFIRMS_BY_EMAIL, PAY_STUBS, SITE_VISIT);

    private Values() {}
  }

  /** Mail kinds (templates) this stage sends, as named in its service tasks. */
  public static final class MailKinds {
    /** To the employer: the meeting's date, place and officer; please confirm. */
    public static final String MEETING_SCHEDULED = "officer-meeting-scheduled";

    /** To the officer: the meeting's date and place, and the employer's contact. */
    public static final String MEETING_SCHEDULED_OFFICER = "officer-meeting-scheduled-officer";

    /** To the employer: the meeting is soon. */
    public static final String MEETING_REMINDER = "officer-meeting-reminder";

    /** To the officer: the meeting is soon, and who comes from the company. */
    public static final String MEETING_REMINDER_OFFICER = "officer-meeting-reminder-officer";

    private MailKinds() {}
  }

  private ProbationOfficerMeetingProcess() {}
}
