package org.fairchance.onboarding.policy;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * "Record the approved policy" ({@code ${recordPolicyApprovalDelegate}}): the stage's results,
 * which the journey maps back: {@code policyApprovedOn} (now) and {@code policyLink} (the link the
 * employer gave, or null when it only described its policy).
 */
@Component
class RecordPolicyApprovalDelegate implements JavaDelegate {

  private final Clock clock;

  RecordPolicyApprovalDelegate(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        EmployerOnboardingProcess.Variables.POLICY_APPROVED_ON, Date.from(clock.instant()));
    execution.setVariable(
        EmployerOnboardingProcess.Variables.POLICY_LINK,
        execution.getVariable(Variables.DOCUMENT_LINK));
  }
}
