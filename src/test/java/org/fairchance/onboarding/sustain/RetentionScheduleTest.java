package org.fairchance.onboarding.sustain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

  static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

  RetentionSchedule schedule = new RetentionSchedule(CENTRAL);

  @Test
  void checkInIsDueAtNineInTheMorningTheGivenNumberOfDaysAfterTheStart() {
    Date start = at(LocalDate.of(2026, 3, 2), 0);

    assertThat(schedule.checkInDate(start, 30)).isEqualTo(at(LocalDate.of(2026, 4, 1), 9));
    assertThat(schedule.checkInDate(start, 180)).isEqualTo(at(LocalDate.of(2026, 8, 29), 9));
  }

  @Test
  void checkInKeepsNineInTheMorningAcrossTheChangeToSummerTime() {
    Date start = at(LocalDate.of(2026, 3, 1), 0); // summer time starts on 2026-03-08

    assertThat(schedule.checkInDate(start, 30)).isEqualTo(at(LocalDate.of(2026, 3, 31), 9));
  }

  @Test
  void checkInOfAStartLongPastIsAlreadyDue() {
    Date start = at(LocalDate.now(CENTRAL).minusYears(1), 0);

    assertThat(schedule.checkInDate(start, 30)).isBefore(new Date());
  }

  @Test
  void startDateMayBeAFormsDateText() {
    assertThat(schedule.checkInDate("2026-03-02", 90))
        .isEqualTo(at(LocalDate.of(2026, 5, 31), 9))
        .isEqualTo(schedule.checkInDate(LocalDate.of(2026, 3, 2), 90));
  }

  @Test
  void bondReminderIsDueTwoWeeksBeforeTheBondEnds() {
    Date bondEnd = at(LocalDate.of(2026, 9, 2), 0);

    assertThat(schedule.bondReminderDate(bondEnd)).isEqualTo(at(LocalDate.of(2026, 8, 19), 9));
  }

  @Test
  void somethingThatIsNotADateIsRefused() {
    assertThatThrownBy(() -> schedule.bondReminderDate(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bondEndDate");
    assertThatThrownBy(() -> schedule.checkInDate(42, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hireStartDate");
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(ZonedDateTime.of(day.atTime(hour, 0), CENTRAL).toInstant());
  }
}
