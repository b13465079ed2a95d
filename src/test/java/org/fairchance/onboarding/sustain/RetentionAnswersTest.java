package org.fairchance.onboarding.sustain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.fairchance.onboarding.sustain.SustainReviewProcess.Values;
import org.junit.jupiter.api.Test;

class RetentionAnswersTest {

  @Test
  void readsTheAnswersOfAHireStillEmployed() {
    RetentionAnswers answers =
        RetentionAnswers.fromForm(90, Values.YES, 18.5, Values.YES, "  Bus passes  ");

    assertThat(answers)
        .isEqualTo(new RetentionAnswers(90, true, new BigDecimal("18.50"), true, "Bus passes"));
    assertThat(answers.helpRequested()).isTrue();
  }

  @Test
  void wholeDollarWagesArriveAsWholeNumbers() {
    assertThat(RetentionAnswers.fromForm(30, Values.YES, 18L, Values.NO, null).hourlyWage())
        .isEqualTo(new BigDecimal("18.00"));
  }

  @Test
  void aHireWhoLeftHasNoWageOrPromotionEvenIfTheFormSentOne() {
    RetentionAnswers answers = RetentionAnswers.fromForm(30, Values.NO, 18.5, Values.YES, "");

    assertThat(answers).isEqualTo(new RetentionAnswers(30, false, null, null, null));
    assertThat(answers.helpRequested()).isFalse();
  }

  @Test
  void unansweredWageAndPromotionStayUnknown() {
    RetentionAnswers answers = RetentionAnswers.fromForm(30, Values.YES, " ", null, null);

    assertThat(answers.hourlyWage()).isNull();
    assertThat(answers.promoted()).isNull();
  }

  @Test
  void refusesAnswersTheFormCannotGive() {
    assertThatThrownBy(() -> RetentionAnswers.fromForm(30, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stillEmployed");
    assertThatThrownBy(() -> RetentionAnswers.fromForm(30, Values.YES, 18, "maybe", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("promoted");
    assertThatThrownBy(() -> RetentionAnswers.fromForm(30, Values.YES, -1, Values.NO, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currentHourlyWage");
  }
}
