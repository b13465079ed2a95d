package org.fairchance.onboarding.policy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * "Check the policy answers" ({@code ${checkPolicyAnswersDelegate}}), after the employer confirms
 * the policy: sets {@code policyAnswersProblem}, which sends the form back to the employer with
 * every answer kept, or, when none, clears the last review's decision, so the reviewer decides
 * afresh, and keeps its comments as the previous ones.
 */
@Component
class CheckPolicyAnswersDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    WrittenPolicy policy =
        WrittenPolicy.check(
            execution.getVariable(Variables.DOCUMENT_LINK),
            execution.getVariable(Variables.DESCRIPTION));
    execution.setVariable(Variables.DOCUMENT_LINK, policy.link());
    execution.setVariable(Variables.DESCRIPTION, policy.description());
    execution.setVariable(Variables.ANSWERS_PROBLEM, policy.problem());
    if (policy.readyForReview()) {
      Object comments = execution.getVariable(Variables.REVIEW_COMMENTS);
      if (comments != null) {
        execution.setVariable(Variables.PREVIOUS_REVIEW_COMMENTS, comments);
      }
      execution.removeVariable(Variables.REVIEW_COMMENTS);
      execution.removeVariable(Variables.REVIEW_DECISION);
    }
  }
}
