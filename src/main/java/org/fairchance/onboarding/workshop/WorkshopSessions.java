package org.fairchance.onboarding.workshop;

import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.fairchance.onboarding.AppointmentTime;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads the start of a workshop session as staff enter it on the booking form, and refuses a
 * session that has already begun: the stage would otherwise wait for a date that never comes again,
 * or fire its timer at once.
 */
@Component
class WorkshopSessions {

  /** Answers that belong to one session; the coordinator's note stays on the file. */
  private static final List<String> ANSWERS_ABOUT_THE_LAST_SESSION =
      List.of(
          Variables.REGISTRATION,
          Variables.ATTENDANCE,
          Variables.PEOPLE_PRESENT,
          Variables.NO_SHOW_DECISION);

  private final Clock clock;

  WorkshopSessions(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param entered the form's value: ISO date and time with an offset ({@code
   *     2026-03-10T14:30-05:00}, the staff member's own time), in UTC ({@code …Z}) or without a
   *     zone (both read in the chamber's time zone), or a {@code Date}
   * @throws WorkshopSessionException when nothing readable was entered or the session has begun
   */
  BookedSession book(Object entered) {
    AppointmentTime start;
    try {
      start =
          AppointmentTime.read(entered, clock.getZone())
              .orElseThrow(
                  () ->
                      new WorkshopSessionException("Enter the date and time the session starts."));
    } catch (DateTimeParseException e) {
      throw new WorkshopSessionException(
          "Cannot read \"" + entered + "\" as the date and time the session starts.", e);
    }
    if (!start.isAfter(clock.instant())) {
      throw new WorkshopSessionException(
          "The session on "
              + start.label()
              + " has already begun. Choose a date and time that is still ahead.");
    }
    return new BookedSession(start.date(), start.label());
  }

  /**
   * Makes the session in {@code workshopSessionDateTime} the stage's session: its start as a date
   * the timer waits for and in words, and no answers left about the last one.
   *
   * @throws WorkshopSessionException as {@link #book(Object)}
   */
  void takeInto(VariableScope stage) {
    BookedSession session = book(stage.getVariable(Variables.SESSION_DATE_TIME));
    stage.setVariable(Variables.SESSION_START, session.start());
    stage.setVariable(Variables.SESSION_LABEL, session.label());
    stage.removeVariables(ANSWERS_ABOUT_THE_LAST_SESSION);
  }

  /** A session staff booked: when it starts, and that moment in words for forms and mails. */
  record BookedSession(Date start, String label) {}
}
