package org.fairchance.onboarding.workshop;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Variables;
import org.fairchance.onboarding.workshop.WorkshopSessions.BookedSession;
import org.springframework.stereotype.Component;

/**
 * On completion of "Book a workshop session" ({@code ${bookedSessionListener}}): reads the session
 * start into a date the stage's timer waits for, and refuses a session that has begun. Clears the
 * answers about the last session, so the employer and staff answer afresh for the new one.
 */
@Component
class BookedSessionListener implements TaskListener {

  /** Answers that belong to one session; the coordinator's note stays on the file. */
  private static final List<String> ANSWERS_ABOUT_THE_LAST_SESSION =
      List.of(
          Variables.REGISTRATION,
          Variables.ATTENDANCE,
          Variables.PEOPLE_PRESENT,
          Variables.NO_SHOW_DECISION);

  private final WorkshopSessions sessions;

  BookedSessionListener(WorkshopSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    BookedSession session = sessions.book(task.getVariable(Variables.SESSION_DATE_TIME));
    DelegateExecution execution = task.getExecution();
    execution.setVariable(Variables.SESSION_START, session.start());
    execution.setVariable(Variables.SESSION_LABEL, session.label());
    execution.removeVariables(ANSWERS_ABOUT_THE_LAST_SESSION);
  }
}
