package org.fairchance.onboarding.officers;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Reads the start of a probation and parole meeting as the liaison enters it, and refuses a meeting
 * that has already begun: its reminders would go out after the fact and the stage would ask for the
 * outcome of a meeting nobody was invited to.
 */
@Component
class OfficerMeetingSchedule {

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", Locale.US);

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
    ZonedDateTime start = read(entered);
    if (!start.toInstant().isAfter(clock.instant())) {
      throw new OfficerMeetingException(
          "The meeting on "
              + LABEL.format(start)
              + " is in the past. Enter the date and time agreed with the officer, still ahead.");
    }
    return new ScheduledMeeting(Date.from(start.toInstant()), LABEL.format(start));
  }

  private ZonedDateTime read(Object entered) {
    if (entered instanceof Date date) {
      return date.toInstant().atZone(clock.getZone());
    }
    if (!(entered instanceof String text) || text.isBlank()) {
      throw new OfficerMeetingException("Enter the date and time the meeting starts.");
    }
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              text.strip(), OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime withOffset) {
        // "Z" is the form's "UTC normalized" setting: show the chamber's time, not UTC.
        return text.strip().endsWith("Z")
            ? withOffset.atZoneSameInstant(clock.getZone())
            : withOffset.toZonedDateTime();
      }
      return ((LocalDateTime) parsed).atZone(clock.getZone());
    } catch (DateTimeParseException e) {
      throw new OfficerMeetingException(
          "Cannot read \"" + text + "\" as the date and time the meeting starts.", e);
    }
  }

  /** A meeting the liaison scheduled: when it starts, and that moment in words. */
  record ScheduledMeeting(Date start, String label) {}
}
