package org.fairchance.onboarding.workshop;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Take the cohort's session" ({@code ${takeCohortSessionDelegate}}): the cohort session that came
 * with the message (date and time, place, note, its id) becomes the employer's session, read and
 * checked as a booking is.
 */
@Component
class TakeCohortSessionDelegate implements JavaDelegate {

  private final WorkshopSessions sessions;

  TakeCohortSessionDelegate(WorkshopSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sessions.takeInto(execution);
    execution.removeVariable(EducationWorkshopProcess.Variables.COHORT_SESSION_CHANGE);
  }
}
