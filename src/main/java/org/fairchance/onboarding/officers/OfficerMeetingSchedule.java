package org.fairchance.onboarding.officers;

import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.fairchance.onboarding.AppointmentTime;
import org.springframework.stereotype.Component;

/**
 * Reads the start of a probation and parole meeting as the liaison enters it, and refuses a meeting
 * that has already begun: its reminders would go out after the fact and the stage would ask for the
 * outcome of a meeting nobody was invited to.
 */
@Component
class OfficerMeetingSchedule {

  private final Clock clock;

  OfficerMeetingSchedule(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param entered the form's value: ISO date and time with an offset ({@code
   *     2026-03-10T14:30-05:00}, the liaison's own time), in UTC ({@code …Z}) or without a zone
   *     (both read in the chamber's time zone), or a {@code Date}
   * @throws OfficerMeetingException when nothing readable was entered or the meeting has begun
   */
  ScheduledMeeting schedule(Object entered) {
    AppointmentTime start;
    try {
      start =
          AppointmentTime.read(entered, clock.getZone())
              .orElseThrow(
                  () -> new OfficerMeetingException("Enter the date and time the meeting starts."));
    } catch (DateTimeParseException e) {
      throw new OfficerMeetingException(
          "Cannot read \"" + entered + "\" as the date and time the meeting starts.", e);
    }
    if (!start.isAfter(clock.instant())) {
      throw new OfficerMeetingException(
          "The meeting on "
              + start.label()
              + " is in the past. Enter the date and time agreed with the officer, still ahead.");
    }
    return new ScheduledMeeting(start.date(), start.label());
  }

  /** A meeting the liaison scheduled: when it starts, and that moment in words. */
  record ScheduledMeeting(Date start, String label) {}
}
