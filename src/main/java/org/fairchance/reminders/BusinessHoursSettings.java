package org.fairchance.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The chamber's working time, under {@code fairchance.business-hours}: due dates count business
 * days, and reminders go out while the office is open.
 *
 * @param zone the chamber's time zone
 * @param opens when the working day starts
 * @param closes when it ends
 * @param workdays the working days of the week
 * @param holidays days the office is closed
 */
@ConfigurationProperties("fairchance.business-hours")
public record BusinessHoursSettings(
    @DefaultValue("America/Chicago") ZoneId zone,
    @DefaultValue("09:00") LocalTime opens,
    @DefaultValue("17:00") LocalTime closes,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workdays,
    @DefaultValue({}) List<LocalDate> holidays) {

  public BusinessHoursSettings {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException(
          "fairchance.business-hours: opens ("
              + opens
              + ") must be before closes ("
              + closes
              + ")");
    }
    if (workdays.isEmpty()) {
      throw new IllegalArgumentException("fairchance.business-hours: name at least one workday");
    }
    workdays = Set.copyOf(workdays);
    holidays = List.copyOf(holidays);
  }
}
