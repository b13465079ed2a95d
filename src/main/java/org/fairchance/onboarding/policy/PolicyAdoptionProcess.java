package org.fairchance.onboarding.policy;

import java.util.List;
import org.fairchance.onboarding.EmployerOnboardingProcess;

/**
 * Ids of {@code processes/policy-adoption.bpmn}, the journey's policy adoption: the decision table
 * {@code local-fair-chance-law} names the local law, the employer confirms each element of its
 * fair-chance policy and links to or describes the written policy, and a policy reviewer approves
 * it or returns it with comments, as often as it takes. Returns {@link
 * EmployerOnboardingProcess.Variables#POLICY_APPROVED_ON} and {@link
 * EmployerOnboardingProcess.Variables#POLICY_LINK} to the journey, or ends with the journey's
 * "employer inactive" error.
 */
public final class PolicyAdoptionProcess {

  public static final String KEY = "policy-adoption";

  /** The decision table that names the local fair-chance law ({@code processes/*.dmn}). */
  public static final String DECISION_LOCAL_FAIR_CHANCE_LAW = "local-fair-chance-law";

  public static final class Elements {
    public static final String START_POLICY_STAGE = "StartEvent_PolicyStageStarted";
    public static final String FIND_LOCAL_LAW = "BusinessRuleTask_FindLocalLaw";
    public static final String TASK_ATTEST_POLICY = "Task_AttestPolicy";
    public static final String BOUNDARY_EMPLOYER_SILENT = "BoundaryEvent_EmployerSilent";
    public static final String TASK_FOLLOW_UP_SILENT_EMPLOYER = "Task_FollowUpSilentEmployer";
    public static final String GATEWAY_KEEP_WAITING = "Gateway_KeepWaitingForEmployer";
    public static final String END_EMPLOYER_INACTIVE = "EndEvent_EmployerInactive";
    public static final String CHECK_POLICY_ANSWERS = "ServiceTask_CheckPolicyAnswers";
    public static final String GATEWAY_POLICY_DESCRIBED = "Gateway_PolicyDescribed";
    public static final String TASK_REVIEW_POLICY = "Task_ReviewPolicy";
    public static final String GATEWAY_POLICY_APPROVED = "Gateway_PolicyApproved";
    public static final String RECORD_POLICY_APPROVAL = "ServiceTask_RecordPolicyApproval";
    public static final String SEND_APPROVAL_MAIL = "ServiceTask_SendApprovalMail";
    public static final String END_POLICY_ADOPTED = "EndEvent_PolicyAdopted";

    private Elements() {}
  }

  public static final class Forms {
    public static final String ATTESTATION = "policy-attestation";
    public static final String REVIEW = "policy-review";

    private Forms() {}
  }

  /**
   * Variables of the stage. The journey's own ({@code employerName}, {@code county}, {@code
   * employeeCount}, {@code coordinator}, the follow-up decision and the results {@code
   * policyApprovedOn} and {@code policyLink}) are in {@link EmployerOnboardingProcess.Variables}.
   */
  public static final class Variables {
    /** The local law's name from {@code local-fair-chance-law}, or words saying there is none. */
    public static final String LOCAL_LAW_NAME = "localLawName";

    /** Whether a local law covers the employer; the form then asks whether it is followed. */
    public static final String LOCAL_LAW_APPLIES = "localLawApplies";

    // The elements of a fair-chance policy the employer confirms (checkboxes, true or false).

    /** No conviction question on the job application ("ban the box"). */
    public static final String BOX_REMOVED = "policyBoxRemoved";

    /** Records are asked about or checked only after a conditional offer. */
    public static final String CHECK_AFTER_OFFER = "policyCheckAfterOffer";

    /** Each record is weighed individually, and the candidate can respond. */
    public static final String INDIVIDUAL_ASSESSMENT = "policyIndividualAssessment";

    /** FCRA notices: pre-adverse action with the report, 5 business days, then adverse action. */
    public static final String FCRA_NOTICES = "policyFcraNotices";

    /** Hiring managers are trained; records are kept confidential. */
    public static final String MANAGERS_TRAINED = "policyManagersTrained";

    /** The local law is followed; asked only when {@link #LOCAL_LAW_APPLIES}. */
    public static final String LOCAL_LAW_FOLLOWED = "policyLocalLawFollowed";

    /** Every element above, in the order the forms show them. */
    public static final List<String> POLICY_ELEMENTS =
        List.of(
            BOX_REMOVED,
            CHECK_AFTER_OFFER,
            INDIVIDUAL_ASSESSMENT,
            FCRA_NOTICES,
            MANAGERS_TRAINED,
            LOCAL_LAW_FOLLOWED);

    /** The link to the written policy the employer enters; becomes {@code policyLink}. */
    public static final String DOCUMENT_LINK = "policyDocumentLink";

    public static final String DESCRIPTION = "policyDescription";

    /**
     * Why the employer's answers cannot go to review yet, in words the employer reads; null when
     * they can. Set by "Check the policy answers".
     */
    public static final String ANSWERS_PROBLEM = "policyAnswersProblem";

    /** The reviewer's decision: {@code approved} or {@code returned}. */
    public static final String REVIEW_DECISION = "policyReviewDecision";

    /** What the reviewer asks the employer to change; the employer reads it as written. */
    public static final String REVIEW_COMMENTS = "policyReviewComments";

    /** The comments of the last return, shown to the reviewer in the next review. */
    public static final String PREVIOUS_REVIEW_COMMENTS = "policyPreviousReviewComments";

    private Variables() {}
  }

  public static final class Values {
    public static final String APPROVED = "approved";
    public static final String RETURNED = "returned";

    private Values() {}
  }

  /** Mail kinds (templates) the stage sends, to the employer. */
  public static final class MailKinds {
    public static final String POLICY_APPROVED = "policy-approved";

    private MailKinds() {}
  }

  private PolicyAdoptionProcess() {}
}
