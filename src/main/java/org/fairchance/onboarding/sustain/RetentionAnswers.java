package org.fairchance.onboarding.sustain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fairchance.onboarding.sustain.SustainReviewProcess.Values;

/**
 * What an employer answered at one retention check-in, read from the values the {@code
 * retention-check-in} form submits (yes/no as text, the wage as a number).
 *
 * @param hourlyWage null when the hire has left or the employer gave none
 * @param promoted null when the hire has left or the employer did not say
 * @param helpWanted trimmed; null when the employer asked for nothing
 */
record RetentionAnswers(
    int checkInDay,
    boolean stillEmployed,
    BigDecimal hourlyWage,
    Boolean promoted,
    String helpWanted) {

  static RetentionAnswers fromForm(
      int checkInDay, Object stillEmployed, Object hourlyWage, Object promoted, Object helpWanted) {
    boolean employed = yesNo(stillEmployed, "stillEmployed");
    return new RetentionAnswers(
        checkInDay,
        employed,
        employed ? wage(hourlyWage) : null,
        employed && promoted != null ? yesNo(promoted, "promoted") : null,
        text(helpWanted));
  }

  boolean helpRequested() {
    return helpWanted != null;
  }

  private static boolean yesNo(Object value, String name) {
    if (value instanceof Boolean yes) {
      return yes;
    }
    if (Values.YES.equals(value)) {
      return true;
    }
    if (Values.NO.equals(value)) {
      return false;
    }
    throw new IllegalArgumentException(name + " must be yes or no, not " + value);
  }

  private static BigDecimal wage(Object value) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    BigDecimal wage =
        value instanceof BigDecimal decimal
            ? decimal
            : new BigDecimal(value.toString().trim()); // form numbers arrive as Long or Double
    if (wage.signum() < 0) {
      throw new IllegalArgumentException("currentHourlyWage must not be negative: " + value);
    }
    return wage.setScale(2, RoundingMode.HALF_UP);
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
