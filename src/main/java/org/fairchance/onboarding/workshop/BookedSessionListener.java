package org.fairchance.onboarding.workshop;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * On completion of "Book a workshop session" ({@code ${bookedSessionListener}}): reads the session
 * start into a date the stage's timer waits for, and refuses a session that has begun. Clears the
 * answers about the last session, so the employer and staff answer afresh for the new one. A
 * session booked for this employer alone is no cohort session, so cohort changes leave it alone.
 */
@Component
class BookedSessionListener implements TaskListener {

  private final WorkshopSessions sessions;

  BookedSessionListener(WorkshopSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    sessions.takeInto(task.getExecution());
    task.getExecution()
        .removeVariables(List.of(Variables.COHORT_SESSION_ID, Variables.COHORT_SESSION_CHANGE));
  }
}
