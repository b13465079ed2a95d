package org.fairchance.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairchance.reminders.BusinessDaysTest.at;
import static org.fairchance.reminders.BusinessDaysTest.local;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BusinessDueDatesTest {

  final BusinessDueDates dueDates =
      new BusinessDueDates(
          new BusinessDays(
              new BusinessHoursSettings(
                  BusinessDaysTest.CHICAGO,
                  LocalTime.of(9, 0),
                  LocalTime.of(17, 0),
                  EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                  List.of(BusinessDaysTest.THANKSGIVING))));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPeriodOfDaysOnATaskCountsBusinessDaysFromTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(at("2026-11-20T10:00")));

    Date due = dueDates.resolveDuedate("P3D");

    assertThat(local(due.toInstant())).isEqualTo("2026-11-25T10:00");
  }

  @Test
  void aPeriodWithHoursIsPlainTime() {
    Date due = dueDates.resolveDuedate("PT4H", Date.from(at("2026-11-21T10:00")));

    assertThat(local(due.toInstant())).isEqualTo("2026-11-21T14:00");
  }

  @Test
  void aDateStaysTheDate() {
    Date due = dueDates.resolveDuedate("2026-12-24T12:00:00", (Date) null);

    // Camunda reads a date without zone in the server's zone.
    assertThat(due.toInstant())
        .isEqualTo(
            LocalDateTime.parse("2026-12-24T12:00:00").atZone(ZoneId.systemDefault()).toInstant());
  }
}
