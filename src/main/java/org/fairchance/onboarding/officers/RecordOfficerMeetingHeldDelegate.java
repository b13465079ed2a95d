package org.fairchance.onboarding.officers;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * "Record the meeting held" ({@code ${recordOfficerMeetingHeldDelegate}}): sets the stage's outputs
 * {@code officerMeetingHeldOn} (the meeting's start) and {@code officerContactName}, which the
 * journey maps back.
 */
@Component
class RecordOfficerMeetingHeldDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    HeldMeeting meeting =
        HeldMeeting.of(
            execution.getVariable(Variables.MEETING_START),
            execution.getVariable(EmployerOnboardingProcess.Variables.OFFICER_CONTACT_NAME));
    execution.setVariable(
        EmployerOnboardingProcess.Variables.OFFICER_MEETING_HELD_ON, meeting.heldOn());
    execution.setVariable(
        EmployerOnboardingProcess.Variables.OFFICER_CONTACT_NAME, meeting.officerContactName());
  }
}
