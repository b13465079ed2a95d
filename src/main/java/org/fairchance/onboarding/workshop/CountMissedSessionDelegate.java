package org.fairchance.onboarding.workshop;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * "Count the missed session" ({@code ${countMissedSessionDelegate}}): one more no-show in {@code
 * workshopNoShows}, which the gateway "Missed twice?" compares.
 */
@Component
class CountMissedSessionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Number before = (Number) execution.getVariable(Variables.NO_SHOWS);
    execution.setVariable(Variables.NO_SHOWS, before == null ? 1 : before.intValue() + 1);
  }
}
