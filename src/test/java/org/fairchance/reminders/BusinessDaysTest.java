package org.fairchance.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final LocalDate THANKSGIVING = LocalDate.of(2026, 11, 26);

  final BusinessDays days =
      new BusinessDays(
          new BusinessHoursSettings(
              CHICAGO,
              LocalTime.of(9, 0),
              LocalTime.of(17, 0),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              List.of(THANKSGIVING)));

  @Test
  void skipsTheWeekend() {
    Instant friday = at("2026-11-20T10:00");

    assertThat(local(days.plusBusinessDays(friday, 3))).isEqualTo("2026-11-25T10:00");
  }

  @Test
  void skipsHolidays() {
    assertThat(local(days.plusBusinessDays(at("2026-11-25T10:00"), 1)))
        .isEqualTo("2026-11-27T10:00");
    assertThat(days.isBusinessDay(THANKSGIVING)).isFalse();
  }

  @Test
  void countsFromTheNextOpeningWhenStartedAfterHours() {
    assertThat(local(days.plusBusinessDays(at("2026-11-24T18:30"), 1)))
        .isEqualTo("2026-11-27T09:00");
    assertThat(local(days.plusBusinessDays(at("2026-11-24T07:00"), 1)))
        .isEqualTo("2026-11-25T09:00");
  }

  @Test
  void movesAMomentOutsideOfficeHoursToTheNextOpening() {
    assertThat(local(days.nextOpenMoment(at("2026-11-21T12:00")))).isEqualTo("2026-11-23T09:00");
    assertThat(local(days.nextOpenMoment(at("2026-11-23T17:00")))).isEqualTo("2026-11-24T09:00");
    assertThat(local(days.nextOpenMoment(at("2026-11-23T16:59")))).isEqualTo("2026-11-23T16:59");
    assertThat(local(days.nextOpenMoment(at("2026-11-25T17:30")))).isEqualTo("2026-11-27T09:00");
  }

  @Test
  void keepsTheLocalTimeAcrossTheStartOfDaylightSavingTime() {
    // Sunday 2026-03-08 clocks go forward: Friday 10:00 CST is 16:00Z, Monday 10:00 CDT is 15:00Z.
    Instant friday = at("2026-03-06T10:00");

    Instant monday = days.plusBusinessDays(friday, 1);

    assertThat(local(monday)).isEqualTo("2026-03-09T10:00");
    assertThat(monday).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
  }

  @Test
  void keepsTheLocalTimeAcrossTheEndOfDaylightSavingTime() {
    // Sunday 2026-11-01 clocks go back: Friday 10:00 CDT is 15:00Z, Monday 10:00 CST is 16:00Z.
    Instant monday = days.plusBusinessDays(at("2026-10-30T10:00"), 1);

    assertThat(monday).isEqualTo(Instant.parse("2026-11-02T16:00:00Z"));
  }

  @Test
  void goesBackInBusinessDays() {
    assertThat(local(days.minusBusinessDays(at("2026-11-30T10:00"), 2)))
        .isEqualTo("2026-11-25T10:00");
  }

  @Test
  void readsPeriodsAsBusinessDaysAndCalendarMonths() {
    assertThat(local(days.plus(at("2026-11-20T10:00"), Period.ofDays(5))))
        .isEqualTo("2026-11-30T10:00");
    assertThat(local(days.plus(at("2026-10-16T10:00"), Period.ofMonths(1))))
        .isEqualTo("2026-11-16T10:00");
    // A month that ends on a weekend moves to the next opening.
    assertThat(local(days.plus(at("2026-10-15T10:00"), Period.ofMonths(1))))
        .isEqualTo("2026-11-16T09:00");
  }

  @Test
  void countsBusinessDaysBetweenTwoMoments() {
    assertThat(days.businessDaysBetween(at("2026-11-25T10:00"), at("2026-11-30T08:00")))
        .isEqualTo(2);
    assertThat(days.businessDaysBetween(at("2026-11-30T10:00"), at("2026-11-25T08:00"))).isZero();
  }

  @Test
  void isOpenOnlyDuringOfficeHoursOfBusinessDays() {
    assertThat(days.isOpen(at("2026-11-23T09:00"))).isTrue();
    assertThat(days.isOpen(at("2026-11-23T08:59"))).isFalse();
    assertThat(days.isOpen(at("2026-11-23T17:00"))).isFalse();
    assertThat(days.isOpen(at("2026-11-26T12:00"))).isFalse();
    assertThat(days.isOpen(at("2026-11-28T12:00"))).isFalse();
  }

  static Instant at(String localChicago) {
    return LocalDateTime.parse(localChicago).atZone(CHICAGO).toInstant();
  }

  static String local(Instant instant) {
    return instant.atZone(CHICAGO).toLocalDateTime().toString();
  }
}
