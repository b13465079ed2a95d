package org.fairchance.onboarding;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * A date and time staff enter on a form for an appointment (a workshop session, a meeting with
 * officers), read the way people mean it, and said in words for forms and mails.
 *
 * @param start the moment, in the zone it was entered in or the chamber's zone
 */
public record AppointmentTime(ZonedDateTime start) {

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a", Locale.US);

  /**
   * @param entered the form's value: ISO date and time with an offset ({@code
   *     2026-03-10T14:30-05:00}, the person's own time), in UTC ({@code …Z}) or without a zone
   *     (both read in the chamber's time zone), or a {@code Date}
   * @param chamberZone the chamber's time zone
   * @return the time, or empty when nothing was entered
   * @throws DateTimeParseException when the text is not a date and time
   */
  public static Optional<AppointmentTime> read(Object entered, ZoneId chamberZone) {
    if (entered instanceof Date date) {
      return Optional.of(new AppointmentTime(date.toInstant().atZone(chamberZone)));
    }
    if (!(entered instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(
            text.strip(), OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime withOffset) {
      // "Z" is form-js's "UTC normalized" setting: show the chamber's time, not UTC.
      return Optional.of(
          new AppointmentTime(
              text.strip().endsWith("Z")
                  ? withOffset.atZoneSameInstant(chamberZone)
                  : withOffset.toZonedDateTime()));
    }
    return Optional.of(new AppointmentTime(((LocalDateTime) parsed).atZone(chamberZone)));
  }

  public boolean isAfter(Instant moment) {
    return start.toInstant().isAfter(moment);
  }

  public Date date() {
    return Date.from(start.toInstant());
  }

  /** "Tuesday, March 10, 2026 at 2:30 PM". */
  public String label() {
    return LABEL.format(start);
  }
}
