package org.fairchance.onboarding.sustain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the sustain review's timers fire, for the timer dates of {@code sustain-review.bpmn}: {@code
 * ${retentionSchedule.checkInDate(hireStartDate, checkInDay)}} and {@code
 * ${retentionSchedule.bondReminderDate(bondEndDate)}}. Both fire at nine in the morning, local
 * time, so the employer's task and mail arrive in working hours. A date already passed fires at
 * once.
 */
@Component("retentionSchedule")
public class RetentionSchedule {

  /** How long before the bond ends the employer is reminded. */
  static final Period BOND_REMINDER_LEAD = Period.ofDays(14);

  static final LocalTime FIRES_AT = LocalTime.of(9, 0);

  private final ZoneId zone;

  public RetentionSchedule() {
    this(ZoneId.systemDefault());
  }

  RetentionSchedule(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The check-in {@code day} days after the hire's start.
   *
   * @param hireStartDate a {@link Date} (as the first-hire stage sets it), a {@link LocalDate} or
   *     an ISO date text ({@code 2026-03-02}, as a date form field submits it)
   */
  public Date checkInDate(Object hireStartDate, int day) {
    return at(localDate(hireStartDate, "hireStartDate").plusDays(day));
  }

  /** {@link #BOND_REMINDER_LEAD} before the bond ends; same date types as the start date. */
  public Date bondReminderDate(Object bondEndDate) {
    return at(localDate(bondEndDate, "bondEndDate").minus(BOND_REMINDER_LEAD));
  }

  private Date at(LocalDate day) {
    return Date.from(day.atTime(FIRES_AT).atZone(zone).toInstant());
  }

  private LocalDate localDate(Object value, String name) {
    if (value instanceof Date date) {
      return Instant.ofEpochMilli(date.getTime()).atZone(zone).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof String text && text.length() >= 10) {
      return LocalDate.parse(text.substring(0, 10));
    }
    throw new IllegalArgumentException(name + " is not a date: " + value);
  }
}
