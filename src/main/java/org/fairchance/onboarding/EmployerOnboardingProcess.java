package org.fairchance.onboarding;

/** Ids of {@code processes/employer-onboarding.bpmn}, its forms and its variables. */
public final class EmployerOnboardingProcess {

  public static final String KEY = "employer-onboarding";

  public static final class Elements {
    public static final String START_APPLICATION_RECEIVED = "StartEvent_ApplicationReceived";
    public static final String TASK_REVIEW_ELIGIBILITY = "Task_ReviewEligibility";
    public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
    public static final String END_APPLICATION_ACCEPTED = "EndEvent_ApplicationAccepted";
    public static final String END_APPLICATION_DECLINED = "EndEvent_ApplicationDeclined";

    private Elements() {}
  }

  public static final class Forms {
    public static final String EMPLOYER_APPLICATION = "employer-application";
    public static final String ELIGIBILITY_REVIEW = "eligibility-review";

    private Forms() {}
  }

  public static final class Variables {
    /** Company name, shown in task names and Tasklist filters. */
    public static final String EMPLOYER_NAME = "employerName";

    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String COUNTY = "county";
    public static final String INDUSTRY = "industry";
    public static final String EMPLOYEE_COUNT = "employeeCount";

    /** Where the employer is in the journey, in words staff use; shown in Tasklist filters. */
    public static final String STAGE = "stage";

    /** {@code accepted} or {@code declined}, set by the eligibility review form. */
    public static final String ELIGIBILITY_DECISION = "eligibilityDecision";

    public static final String ELIGIBILITY_COMMENT = "eligibilityComment";

    private Variables() {}
  }

  public static final class Values {
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";

    private Values() {}
  }

  private EmployerOnboardingProcess() {}
}
