package org.fairchance.onboarding.workshop;

import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.fairchance.onboarding.AppointmentTime;
import org.springframework.stereotype.Component;

/**
 * Reads the start of a workshop session as staff enter it on the booking form, and refuses a
 * session that has already begun: the stage would otherwise wait for a date that never comes again,
 * or fire its timer at once.
 */
@Component
class WorkshopSessions {

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

  /** A session staff booked: when it starts, and that moment in words for forms and mails. */
  record BookedSession(Date start, String label) {}
}
