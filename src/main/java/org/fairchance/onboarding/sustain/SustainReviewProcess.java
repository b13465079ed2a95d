package org.fairchance.onboarding.sustain;

/**
 * Ids of {@code processes/sustain-review.bpmn}, the journey's last stage: retention check-ins with
 * the employer after the first hire starts, a reminder before the hire's bond ends, and the staff
 * review that recognizes the employer as a fair-chance employer (or not). Journey variables it
 * reads and sets are in {@link org.fairchance.onboarding.EmployerOnboardingProcess.Variables}.
 */
public final class SustainReviewProcess {

  public static final String KEY = "sustain-review";

  public static final class Elements {
    public static final String START_SUSTAIN_STARTED = "StartEvent_SustainStarted";
    public static final String SUBPROCESS_FOLLOW_FIRST_HIRE = "SubProcess_FollowFirstHire";
    public static final String GATEWAY_CHECK_INS_AND_BOND = "Gateway_CheckInsAndBond";

    /** The multi-instance subprocess: one instance per check-in day. */
    public static final String SUBPROCESS_RETENTION_CHECK_IN = "SubProcess_RetentionCheckIn";

    public static final String TIMER_CHECK_IN_DUE = "TimerEvent_CheckInDue";
    public static final String TASK_RETENTION_CHECK_IN = "Task_RetentionCheckIn";
    public static final String BOUNDARY_CHECK_IN_EMPLOYER_SILENT =
        "BoundaryEvent_CheckInEmployerSilent";
    public static final String TASK_FOLLOW_UP_SILENT_CHECK_IN = "Task_FollowUpSilentCheckIn";
    public static final String GATEWAY_KEEP_WAITING_FOR_CHECK_IN = "Gateway_KeepWaitingForCheckIn";
    public static final String END_CHECK_IN_EMPLOYER_INACTIVE = "EndEvent_CheckInEmployerInactive";
    public static final String RECORD_RETENTION_CHECK_IN = "ServiceTask_RecordRetentionCheckIn";
    public static final String GATEWAY_HELP_REQUESTED = "Gateway_HelpRequested";
    public static final String SEND_HELP_REQUEST_MAIL = "ServiceTask_SendHelpRequestMail";
    public static final String END_COORDINATOR_TOLD = "EndEvent_CoordinatorTold";
    public static final String END_CHECK_IN_RECORDED = "EndEvent_CheckInRecorded";
    public static final String GATEWAY_STILL_EMPLOYED = "Gateway_StillEmployed";
    public static final String END_CHECK_INS_DONE = "EndEvent_CheckInsDone";

    /** Terminate end: ends the following, a pending bond reminder included. */
    public static final String END_HIRE_LEFT = "EndEvent_HireLeft";

    public static final String GATEWAY_BOND_ISSUED = "Gateway_BondIssued";
    public static final String TIMER_BOND_ENDING_SOON = "TimerEvent_BondEndingSoon";
    public static final String SEND_BOND_ENDING_MAIL = "ServiceTask_SendBondEndingMail";
    public static final String END_BOND_REMINDER_SENT = "EndEvent_BondReminderSent";
    public static final String END_NO_BOND = "EndEvent_NoBond";
    public static final String TASK_SUSTAIN_REVIEW = "Task_SustainReview";
    public static final String GATEWAY_SUSTAIN_DECISION = "Gateway_SustainDecision";
    public static final String END_RECOGNIZED = "EndEvent_Recognized";
    public static final String SEND_MORE_TIME_MAIL = "ServiceTask_SendMoreTimeMail";
    public static final String TIMER_EXTENSION_OVER = "TimerEvent_ExtensionOver";
    public static final String SEND_NOT_RECOGNIZED_MAIL = "ServiceTask_SendNotRecognizedMail";
    public static final String END_NOT_RECOGNIZED = "EndEvent_NotRecognized";

    private Elements() {}
  }

  public static final class Forms {
    /** The employer's check-in, one per check-in day. */
    public static final String RETENTION_CHECK_IN = "retention-check-in";

    public static final String SUSTAIN_REVIEW = "sustain-review";

    private Forms() {}
  }

  /** The stage's own variables; the journey's are in {@code EmployerOnboardingProcess}. */
  public static final class Variables {
    /** Element variable of the check-ins: days after the hire's start date (30, 90, 180). */
    public static final String CHECK_IN_DAY = "checkInDay";

    // The employer's answers at one check-in, local to that check-in.

    /** {@code yes} or {@code no}: does the hire still work for the employer? */
    public static final String STILL_EMPLOYED = "stillEmployed";

    /** The hire's hourly wage now (a number); absent when the hire has left. */
    public static final String CURRENT_HOURLY_WAGE = "currentHourlyWage";

    /** {@code yes} or {@code no}: promoted since the last check-in; absent when the hire left. */
    public static final String PROMOTED = "promoted";

    /** Free text: what the chamber could help the employer with. */
    public static final String HELP_WANTED = "helpWanted";

    /** Set from {@link #HELP_WANTED}: the coordinator is told. */
    public static final String HELP_REQUESTED = "helpRequested";

    // Results of the check-ins, for the whole stage.

    /** Whether the hire was still employed at the latest check-in; false ends the check-ins. */
    public static final String HIRE_STILL_EMPLOYED = "hireStillEmployed";

    /** One line per answered check-in (Markdown), shown in the sustain review. */
    public static final String RETENTION_SUMMARY = "retentionSummary";

    // The review.

    /** {@code recognize}, {@code more-time} or {@code close}. */
    public static final String SUSTAIN_DECISION = "sustainDecision";

    /** Staff's note to the employer, sent with the decision. */
    public static final String SUSTAIN_NOTE = "sustainNote";

    private Variables() {}
  }

  public static final class Values {
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String RECOGNIZE = "recognize";
    public static final String MORE_TIME = "more-time";
    public static final String CLOSE = "close";

    private Values() {}
  }

  /** Mail kinds (templates) this stage sends, as named in its service tasks. */
  public static final class MailKinds {
    /** To the coordinator: the employer asked for help at a check-in. */
    public static final String RETENTION_HELP_REQUESTED = "retention-help-requested";

    /** To the employer: the hire's fidelity bond ends soon. */
    public static final String BOND_ENDING = "bond-ending";

    /** To the employer: staff give more time; the note says what they look for. */
    public static final String SUSTAIN_MORE_TIME = "sustain-more-time";

    /** To the employer: closed without recognition; the note says why. */
    public static final String SUSTAIN_NOT_RECOGNIZED = "sustain-not-recognized";

    private MailKinds() {}
  }

  private SustainReviewProcess() {}
}
