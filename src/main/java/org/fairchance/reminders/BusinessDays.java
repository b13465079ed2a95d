package org.fairchance.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Business-day arithmetic in the chamber's time zone: weekends and holidays do not count, and
 * moments outside office hours move to the next opening. Daylight-saving changes are handled by
 * working in local dates and times of the zone.
 */
@Component
public class BusinessDays {

  private final BusinessHoursSettings settings;
  private final Set<LocalDate> holidays;

  public BusinessDays(BusinessHoursSettings settings) {
    this.settings = settings;
    this.holidays = new HashSet<>(settings.holidays());
  }

  public boolean isBusinessDay(LocalDate date) {
    return settings.workdays().contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** Whether the office is open at this moment. */
  public boolean isOpen(Instant moment) {
    ZonedDateTime local = moment.atZone(settings.zone());
    LocalTime time = local.toLocalTime();
    return isBusinessDay(local.toLocalDate())
        && !time.isBefore(settings.opens())
        && time.isBefore(settings.closes());
  }

  /** This moment if the office is open, else the next opening. */
  public Instant nextOpenMoment(Instant moment) {
    if (isOpen(moment)) {
      return moment;
    }
    ZonedDateTime local = moment.atZone(settings.zone());
    LocalDate day = local.toLocalDate();
    if (!isBusinessDay(day) || !local.toLocalTime().isBefore(settings.opens())) {
      day = nextBusinessDay(day);
    }
    return opening(day);
  }

  /**
   * The moment {@code days} business days after {@code start}, at the same time of day; a start
   * outside office hours counts from the next opening.
   */
  public Instant plusBusinessDays(Instant start, int days) {
    ZonedDateTime from = nextOpenMoment(start).atZone(settings.zone());
    LocalDate day = from.toLocalDate();
    for (int i = 0; i < days; i++) {
      day = nextBusinessDay(day);
    }
    return ZonedDateTime.of(day, from.toLocalTime(), settings.zone()).toInstant();
  }

  /** The moment {@code days} business days before {@code end}, at the same time of day. */
  public Instant minusBusinessDays(Instant end, int days) {
    ZonedDateTime from = end.atZone(settings.zone());
    LocalDate day = from.toLocalDate();
    for (int i = 0; i < days; i++) {
      day = previousBusinessDay(day);
    }
    return ZonedDateTime.of(day, from.toLocalTime(), settings.zone()).toInstant();
  }

  /**
   * A due date from a period: years, months and weeks are calendar time, days are business days.
   */
  public Instant plus(Instant start, Period period) {
    ZonedDateTime calendar =
        start.atZone(settings.zone()).plusYears(period.getYears()).plusMonths(period.getMonths());
    return plusBusinessDays(calendar.toInstant(), period.getDays());
  }

  /**
   * Business days from {@code from} to {@code to} (dates in the chamber's zone), 0 if not after.
   */
  public int businessDaysBetween(Instant from, Instant to) {
    LocalDate day = from.atZone(settings.zone()).toLocalDate();
    LocalDate last = to.atZone(settings.zone()).toLocalDate();
    int count = 0;
    while (day.isBefore(last)) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The opening time of the office on a date. */
  public Instant opening(LocalDate day) {
    return ZonedDateTime.of(day, settings.opens(), settings.zone()).toInstant();
  }

  public LocalDate today(Instant now) {
    return now.atZone(settings.zone()).toLocalDate();
  }

  public LocalDate nextBusinessDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isBusinessDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  private LocalDate previousBusinessDay(LocalDate day) {
    LocalDate previous = day.minusDays(1);
    while (!isBusinessDay(previous)) {
      previous = previous.minusDays(1);
    }
    return previous;
  }
}
