package org.fairchance.cohorts;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of employer cohorts, under {@code fairchance.cohorts}.
 *
 * @param reviewInterval time between two cohort reviews in the Sustain step ({@code 90d} or {@code
 *     P90D})
 */
@ConfigurationProperties("fairchance.cohorts")
public record CohortSettings(@DefaultValue("P90D") Period reviewInterval) {

  /** The defaults above, for code that runs without Spring (process tests). */
  public static CohortSettings defaults() {
    return new CohortSettings(Period.ofDays(90));
  }
}
