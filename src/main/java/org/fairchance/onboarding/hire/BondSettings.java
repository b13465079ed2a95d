package org.fairchance.onboarding.hire;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Federal Bonding Program, set under {@code fairchance.bond}: a free fidelity bond covers a
 * hire's first months of employment, six under the federal program (some states differ).
 *
 * @param term how long a bond covers a hire, from the start date
 */
@ConfigurationProperties("fairchance.bond")
record BondSettings(@DefaultValue("P6M") Period term) {

  /** The default above, for code that runs without Spring (process tests). */
  static BondSettings defaults() {
    return new BondSettings(Period.ofMonths(6));
  }

  /** The day a bond for a hire starting on this day ends. */
  LocalDate endDate(LocalDate startDate) {
    return startDate.plus(term);
  }
}
