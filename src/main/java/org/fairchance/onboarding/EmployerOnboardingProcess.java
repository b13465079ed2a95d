package org.fairchance.onboarding;

/**
 * Ids of {@code processes/employer-onboarding.bpmn}, the employer's whole journey: application
 * review, then one call activity per stage, each stage a process of its own. Also the variables
 * that travel with the journey into every stage ({@code camunda:in variables="all"}).
 */
public final class EmployerOnboardingProcess {

  public static final String KEY = "employer-onboarding";

  /** The employer withdraws, at any point: correlate by business key. */
  public static final String MESSAGE_EMPLOYER_WITHDREW = "EmployerWithdrew";

  /**
   * Error code a stage throws when its coordinator closes the case of an employer who stopped
   * answering. The journey ends "Closed as inactive".
   */
  public static final String ERROR_EMPLOYER_INACTIVE = "employer-inactive";

  public static final class Elements {
    public static final String START_APPLICATION_RECEIVED = "StartEvent_ApplicationReceived";
    public static final String SUBPROCESS_APPLICATION_REVIEW = "SubProcess_ApplicationReview";
    public static final String TASK_REVIEW_ELIGIBILITY = "Task_ReviewEligibility";
    public static final String GATEWAY_ELIGIBILITY_DECISION = "Gateway_EligibilityDecision";
    public static final String TASK_PROVIDE_MORE_INFORMATION = "Task_ProvideMoreInformation";
    public static final String BOUNDARY_APPLICANT_SILENT = "BoundaryEvent_ApplicantSilent";
    public static final String TASK_FOLLOW_UP_SILENT_APPLICANT = "Task_FollowUpSilentApplicant";
    public static final String END_APPLICANT_INACTIVE = "EndEvent_ApplicantInactive";
    public static final String GATEWAY_APPLICATION_ACCEPTED = "Gateway_ApplicationAccepted";
    public static final String ASSIGN_COORDINATOR = "BusinessRuleTask_AssignCoordinator";
    public static final String SEND_WELCOME_MAIL = "ServiceTask_SendWelcomeMail";
    public static final String SEND_DECLINE_MAIL = "ServiceTask_SendDeclineMail";
    public static final String END_APPLICATION_DECLINED = "EndEvent_ApplicationDeclined";
    public static final String CALL_EDUCATION_WORKSHOP = "CallActivity_EducationWorkshop";
    public static final String CALL_POLICY_ADOPTION = "CallActivity_PolicyAdoption";
    public static final String CALL_PROBATION_OFFICER_MEETING =
        "CallActivity_ProbationOfficerMeeting";
    public static final String CALL_FIRST_HIRE = "CallActivity_FirstHire";
    public static final String CALL_SUSTAIN_REVIEW = "CallActivity_SustainReview";
    public static final String GATEWAY_RECOGNIZED = "Gateway_Recognized";
    public static final String SEND_RECOGNITION_MAIL = "ServiceTask_SendRecognitionMail";
    public static final String END_RECOGNIZED = "EndEvent_RecognizedFairChanceEmployer";
    public static final String END_CLOSED_WITHOUT_RECOGNITION = "EndEvent_ClosedWithoutRecognition";
    public static final String START_EMPLOYER_WITHDREW = "StartEvent_EmployerWithdrew";
    public static final String CONFIRM_WITHDRAWAL = "ServiceTask_ConfirmWithdrawal";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String START_EMPLOYER_INACTIVE = "StartEvent_EmployerInactive";
    public static final String SEND_CLOSED_INACTIVE_MAIL = "ServiceTask_SendClosedInactiveMail";
    public static final String END_CLOSED_AS_INACTIVE = "EndEvent_ClosedAsInactive";

    private Elements() {}
  }

  public static final class Forms {
    public static final String EMPLOYER_APPLICATION = "employer-application";
    public static final String ELIGIBILITY_REVIEW = "eligibility-review";
    public static final String PROVIDE_MORE_INFORMATION = "provide-more-information";

    /** Shared by every stage: the coordinator follows up an employer who stopped answering. */
    public static final String SILENT_EMPLOYER_FOLLOW_UP = "silent-employer-follow-up";

    private Forms() {}
  }

  /** The decision table that picks a journey's coordinator ({@code processes/*.dmn}). */
  public static final String DECISION_COORDINATOR_ROUTING = "coordinator-routing";

  /** Variables of the journey. Those above the line travel into every stage. */
  public static final class Variables {
    /** Company name, shown in task names and Tasklist filters. */
    public static final String EMPLOYER_NAME = "employerName";

    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String COUNTY = "county";

    /** One of the values of the application form's industry list. */
    public static final String INDUSTRY = "industry";

    public static final String EMPLOYEE_COUNT = "employeeCount";

    /** Where the employer is in the journey (a stage's name); shown in Tasklist filters. */
    public static final String STAGE = "stage";

    /** Login of the journey's coordinator, from {@code coordinator-routing}; null: staff queue. */
    public static final String COORDINATOR = "coordinator";

    /**
     * The coordinator's choice on a "not answering" task: {@code keep-waiting} or {@code close}.
     */
    public static final String FOLLOW_UP_DECISION = "followUpDecision";

    public static final String FOLLOW_UP_NOTE = "followUpNote";

    // Application review.

    /** {@code accepted}, {@code more-information} or {@code declined}. */
    public static final String ELIGIBILITY_DECISION = "eligibilityDecision";

    /** Why an application is declined, in words the employer reads. */
    public static final String ELIGIBILITY_COMMENT = "eligibilityComment";

    public static final String INFORMATION_REQUEST = "informationRequest";
    public static final String INFORMATION_RESPONSE = "informationResponse";

    public static final String WITHDRAWAL_REASON = "withdrawalReason";

    // Results of the stages, returned to the journey.

    public static final String WORKSHOP_ATTENDED_ON = "workshopAttendedOn";
    public static final String POLICY_APPROVED_ON = "policyApprovedOn";
    public static final String POLICY_LINK = "policyLink";
    public static final String OFFICER_MEETING_HELD_ON = "officerMeetingHeldOn";
    public static final String OFFICER_CONTACT_NAME = "officerContactName";

    /** E-mail of the probation or parole officer of the meeting; mail goes there too. */
    public static final String OFFICER_EMAIL = "officerEmail";

    public static final String HIRE_START_DATE = "hireStartDate";
    public static final String HIRE_ROLE = "hireRole";
    public static final String HIRE_REPORT_ID = "hireReportId";
    public static final String WOTC_APPLIES = "wotcApplies";
    public static final String BOND_END_DATE = "bondEndDate";

    /** Set by the sustain review: the employer is recognized as a fair-chance employer. */
    public static final String RECOGNIZED = "recognized";

    private Variables() {}
  }

  public static final class Values {
    public static final String ACCEPTED = "accepted";
    public static final String MORE_INFORMATION = "more-information";
    public static final String DECLINED = "declined";
    public static final String KEEP_WAITING = "keep-waiting";
    public static final String CLOSE = "close";

    private Values() {}
  }

  /** Mail kinds (templates) the journey itself sends, as named in its service tasks. */
  public static final class MailKinds {
    public static final String APPLICATION_ACCEPTED = "application-accepted";
    public static final String APPLICATION_DECLINED = "application-declined";
    public static final String EMPLOYER_RECOGNIZED = "employer-recognized";
    public static final String WITHDRAWAL_CONFIRMED = "withdrawal-confirmed";
    public static final String CLOSED_INACTIVE = "closed-inactive";

    private MailKinds() {}
  }

  private EmployerOnboardingProcess() {}
}
