package org.fairchance.onboarding.workshop;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * "Record the attended session" ({@code ${recordAttendedSessionDelegate}}): the session's start
 * becomes the stage's result, {@code workshopAttendedOn}, which the journey maps back.
 */
@Component
class RecordAttendedSessionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        EmployerOnboardingProcess.Variables.WORKSHOP_ATTENDED_ON,
        execution.getVariable(Variables.SESSION_START));
  }
}
