package org.fairchance.onboarding;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The journey's waiting times, set under {@code fairchance.journey} (as {@code 21d} or {@code
 * P21D}). The process models read them through {@link JourneyTimers}.
 *
 * @param employerSilence how long an employer task may go unanswered before the coordinator is
 *     asked to follow up
 * @param noHireCheckIn how long after referrals without a reported hire staff check in
 * @param retentionCheckInDays days after the hire's start date on which the employer is asked
 *     whether the hire is still employed
 * @param sustainExtension how long a sustain review waits before the next review when staff decide
 *     to give an employer more time
 */
@ConfigurationProperties("fairchance.journey")
public record JourneySettings(
    @DefaultValue("P21D") Period employerSilence,
    @DefaultValue("P90D") Period noHireCheckIn,
    @DefaultValue({"30", "90", "180"}) List<Integer> retentionCheckInDays,
    @DefaultValue("P90D") Period sustainExtension) {

  /** The defaults above, for code that runs without Spring (process tests). */
  public static JourneySettings defaults() {
    return new JourneySettings(
        Period.ofDays(21), Period.ofDays(90), List.of(30, 90, 180), Period.ofDays(90));
  }
}
