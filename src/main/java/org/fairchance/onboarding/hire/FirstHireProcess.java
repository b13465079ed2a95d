package org.fairchance.onboarding.hire;

import org.fairchance.system.SensitiveVariables;

/**
 * Ids of {@code processes/first-hire.bpmn}: staff send candidate referrals from partner
 * organizations, the employer reports the first fair-chance hire (no name; the hire's voluntary
 * self-identification goes to the hire reports only), and, while the Work Opportunity Tax Credit is
 * in force, the employer sends the WOTC form within its deadline. Journey variables (employer,
 * coordinator, county, ...) are those of {@code EmployerOnboardingProcess.Variables}, as are the
 * results the journey maps back: {@code hireStartDate}, {@code hireRole}, {@code hireReportId},
 * {@code wotcApplies}, {@code bondEndDate}.
 */
public final class FirstHireProcess {

  public static final String KEY = "first-hire";

  public static final class Elements {
    public static final String START_STAGE_STARTED = "StartEvent_FirstHireStageStarted";
    public static final String TASK_SEND_REFERRALS = "Task_SendCandidateReferrals";
    public static final String TASK_REPORT_FIRST_HIRE = "Task_ReportFirstHire";
    public static final String BOUNDARY_NO_HIRE_YET = "BoundaryEvent_NoHireYet";
    public static final String TASK_CHECK_IN_NO_HIRE = "Task_CheckInNoHire";
    public static final String GATEWAY_NO_HIRE_DECISION = "Gateway_NoHireDecision";
    public static final String END_CLOSED_INACTIVE = "EndEvent_ClosedAsInactive";
    public static final String RECORD_HIRE_REPORT = "ServiceTask_RecordHireReport";
    public static final String GATEWAY_WOTC_FORM_TO_SEND = "Gateway_WotcFormToSend";
    public static final String TASK_SEND_WOTC_FORM = "Task_SendWotcForm";
    public static final String BOUNDARY_WOTC_DEADLINE_PASSED = "BoundaryEvent_WotcDeadlinePassed";
    public static final String SEND_WOTC_DEADLINE_MISSED_MAIL =
        "ServiceTask_SendWotcDeadlineMissedMail";
    public static final String RECORD_WOTC_SUBMISSION = "ServiceTask_RecordWotcSubmission";
    public static final String SEND_FIRST_HIRE_RECORDED_MAIL =
        "ServiceTask_SendFirstHireRecordedMail";
    public static final String END_FIRST_HIRE_REPORTED = "EndEvent_FirstHireReported";

    private Elements() {}
  }

  public static final class Forms {
    public static final String CANDIDATE_REFERRALS = "candidate-referrals";
    public static final String FIRST_HIRE_REPORT = "first-hire-report";
    public static final String NO_HIRE_CHECK_IN = "no-hire-check-in";
    public static final String WOTC_SUBMISSION = "wotc-submission";

    private Forms() {}
  }

  /**
   * The stage's own variables. The hire's start date, role, report id, WOTC and bond results are
   * journey variables ({@code EmployerOnboardingProcess.Variables}).
   */
  public static final class Variables {

    // Candidate referrals (staff). Never candidates' names.

    /** Partner organization that referred the candidates; hire reports count hires by partner. */
    public static final String REFERRAL_PARTNER = "referralPartner";

    public static final String CANDIDATES_REFERRED = "candidatesReferred";

    /** ISO date (yyyy-MM-dd), as the form's date field sends it. */
    public static final String REFERRALS_SENT_ON = "referralsSentOn";

    public static final String REFERRAL_ROLES = "referralRoles";
    public static final String REFERRAL_NOTE = "referralNote";

    // The employer's report of the first hire. The person's name is never asked for.

    public static final String HIRE_HOURLY_WAGE = "hireHourlyWage";
    public static final String HIRE_HOURS_PER_WEEK = "hireHoursPerWeek";

    /** {@code full-time} or {@code part-time}. */
    public static final String HIRE_EMPLOYMENT_TYPE = "hireEmploymentType";

    /** The employer asked for a Federal Bonding Program fidelity bond for the hire. */
    public static final String BOND_REQUESTED = "bondRequested";

    /** The WOTC form (IRS 8850) had already gone to the state workforce agency. */
    public static final String WOTC_FORM_SENT = "wotcFormSent";

    /** When the WOTC form was sent: an ISO date from a form. */
    public static final String WOTC_SUBMITTED_ON = "wotcSubmittedOn";

    /**
     * Voluntary self-identification: held only between the report form and the step that records
     * the report and removes it; never in history ({@link SensitiveVariables}).
     */
    public static final String HIRE_RACE_ETHNICITY = SensitiveVariables.HIRE_RACE_ETHNICITY;

    /** As {@link #HIRE_RACE_ETHNICITY}. */
    public static final String HIRE_GENDER = SensitiveVariables.HIRE_GENDER;

    /**
     * The last moment the WOTC form may reach the state workforce agency (end of the deadline day),
     * a date; null when WOTC does not apply.
     */
    public static final String WOTC_DEADLINE = "wotcDeadline";

    // Staff check-in when no hire is reported in time.

    /** {@code keep-waiting}, {@code more-referrals} or {@code close}. */
    public static final String NO_HIRE_DECISION = "noHireDecision";

    public static final String NO_HIRE_NOTE = "noHireNote";

    /**
     * The employer cohort the journey belongs to, when the journey has one (not yet a journey
     * variable); copied into hire reports.
     */
    public static final String COHORT_ID = "cohortId";

    private Variables() {}
  }

  public static final class Values {
    public static final String FULL_TIME = "full-time";
    public static final String PART_TIME = "part-time";

    /** A check-in's choice besides the journey's {@code keep-waiting} and {@code close}. */
    public static final String MORE_REFERRALS = "more-referrals";

    private Values() {}
  }

  public static final class MailKinds {
    /** To the coordinator: the WOTC deadline passed without the employer confirming the form. */
    public static final String WOTC_DEADLINE_MISSED = "wotc-deadline-missed";

    /** To the employer: thank you, the first hire is recorded. */
    public static final String FIRST_HIRE_RECORDED = "first-hire-recorded";

    private MailKinds() {}
  }

  private FirstHireProcess() {}
}
