package org.fairchance.onboarding.hire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * Reads what forms submit (a date field sends {@code yyyy-MM-dd}, a number field a number; the REST
 * API may send a date) and turns days into the engine's dates, in the application's time zone,
 * which is the chamber's (see {@code system/ChamberTimeZone}).
 */
final class FormValues {

  private FormValues() {}

  /** A day from a form value; null stays null. */
  static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    return LocalDate.parse(value.toString().trim());
  }

  /** A decimal number from a form value; null stays null. */
  static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    return new BigDecimal(value.toString().trim());
  }

  /** Text from a form value, without surrounding blanks; null stays null. */
  static String text(Object value) {
    return value == null ? null : value.toString().trim();
  }

  /** The start of a day, as a date variable; null stays null. */
  static Date startOf(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** The last second of a day, as a date variable for deadlines and due dates; null stays null. */
  static Date endOf(LocalDate day) {
    return day == null
        ? null
        : Date.from(
            day.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault()).toInstant());
  }
}
