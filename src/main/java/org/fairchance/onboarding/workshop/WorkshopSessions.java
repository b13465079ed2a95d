package org.fairchance.onboarding.workshop;

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
 * Reads the start of a workshop session as staff enter it on the booking form, and refuses a
 * session that has already begun: the stage would otherwise wait for a date that never comes again,
 * or fire its timer at once.
 */
@Component
class WorkshopSessions {

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", Locale.US);

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
    ZonedDateTime start = read(entered);
    if (!start.toInstant().isAfter(clock.instant())) {
      throw new WorkshopSessionException(
          "The session on "
              + LABEL.format(start)
              + " has already begun. Choose a date and time that is still ahead.");
    }
    return new BookedSession(Date.from(start.toInstant()), LABEL.format(start));
  }

  private ZonedDateTime read(Object entered) {
    if (entered instanceof Date date) {
      return date.toInstant().atZone(clock.getZone());
    }
    if (!(entered instanceof String text) || text.isBlank()) {
      throw new WorkshopSessionException("Enter the date and time the session starts.");
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
      throw new WorkshopSessionException(
          "Cannot read \"" + text + "\" as the date and time the session starts.", e);
    }
  }

  /** A session staff booked: when it starts, and that moment in words for forms and mails. */
  record BookedSession(Date start, String label) {}
}
