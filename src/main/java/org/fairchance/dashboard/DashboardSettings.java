package org.fairchance.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dashboard protects small numbers, under {@code fairchance.dashboard}.
 *
 * @param suppressionThreshold a count of hires (people) below this is hidden, 1 to this minus one
 * @param minimumEmployers a figure about employers (a count of journeys, a median time, a wage) is
 *     hidden when fewer employers than this make it up
 */
@ConfigurationProperties("fairchance.dashboard")
record DashboardSettings(
    @DefaultValue("10") int suppressionThreshold, @DefaultValue("3") int minimumEmployers) {

  DashboardSettings {
    if (suppressionThreshold < 1 || minimumEmployers < 1) {
      throw new IllegalArgumentException(
          "fairchance.dashboard.suppression-threshold and minimum-employers must be 1 or more");
    }
  }
}
