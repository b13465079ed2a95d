package org.fairchance.onboarding.hire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class FormValuesTest {

  static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  @Test
  void readsADayAsAFormDateFieldSendsIt() {
    assertThat(FormValues.day("2026-02-02")).isEqualTo(DAY);
  }

  @Test
  void readsADaySentAsADateOrADay() {
    assertThat(FormValues.day(FormValues.startOf(DAY))).isEqualTo(DAY);
    assertThat(FormValues.day(FormValues.endOf(DAY))).isEqualTo(DAY);
    assertThat(FormValues.day(DAY)).isEqualTo(DAY);
  }

  @Test
  void refusesADayItCannotRead() {
    assertThatThrownBy(() -> FormValues.day("next Monday"))
        .isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void readsNumbersAsFormNumberFieldsSendThem() {
    assertThat(FormValues.decimal(18.5)).isEqualByComparingTo("18.50");
    assertThat(FormValues.decimal(40L)).isEqualByComparingTo("40");
    assertThat(FormValues.decimal(" 12.75 ")).isEqualByComparingTo("12.75");
    assertThat(FormValues.decimal(new BigDecimal("9.99"))).isEqualByComparingTo("9.99");
  }

  @Test
  void trimsText() {
    assertThat(FormValues.text("  Welder ")).isEqualTo("Welder");
  }

  @Test
  void missingValuesStayMissing() {
    assertThat(FormValues.day(null)).isNull();
    assertThat(FormValues.decimal(null)).isNull();
    assertThat(FormValues.text(null)).isNull();
    assertThat(FormValues.startOf(null)).isNull();
    assertThat(FormValues.endOf(null)).isNull();
  }

  @Test
  void aDeadlineLastsUntilTheEndOfItsDay() {
    assertThat(FormValues.endOf(DAY).toInstant())
        .isEqualTo(
            LocalDateTime.of(2026, 2, 2, 23, 59, 59).atZone(ZoneId.systemDefault()).toInstant());
    assertThat(FormValues.startOf(DAY).toInstant())
        .isEqualTo(DAY.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
