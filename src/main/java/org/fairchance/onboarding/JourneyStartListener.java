package org.fairchance.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Makes every journey look the same however it was started (the portal, Tasklist's "Start process",
 * the REST API): it gets a business key when the starter gave none, and its county is named the way
 * the decision tables name counties. On the start event of {@code employer-onboarding}.
 */
@Component("journeyStartListener")
public class JourneyStartListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(BusinessKeys.next());
    }
    Object county = execution.getVariable(EmployerOnboardingProcess.Variables.COUNTY);
    if (county instanceof String typed) {
      execution.setVariable(
          EmployerOnboardingProcess.Variables.COUNTY, EmployerJourneys.countyName(typed));
    }
  }
}
