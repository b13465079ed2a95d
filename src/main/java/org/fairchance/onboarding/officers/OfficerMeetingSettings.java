package org.fairchance.onboarding.officers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the probation and parole meeting stage, under {@code fairchance.officer-meeting}.
 *
 * @param reminderLeadTime how long before the meeting the employer and the officer are reminded of
 *     it ({@code fairchance.officer-meeting.reminder-lead-time}, as {@code 2d}, {@code 36h} or
 *     {@code P2D}; default two days). When the meeting is closer than that once the employer has
 *     confirmed, the reminder goes out at once.
 */
@ConfigurationProperties("fairchance.officer-meeting")
public record OfficerMeetingSettings(@DefaultValue("2d") Duration reminderLeadTime) {

  public OfficerMeetingSettings {
    if (reminderLeadTime.isNegative()) {
      throw new IllegalArgumentException(
          "fairchance.officer-meeting.reminder-lead-time must not be negative: "
              + reminderLeadTime);
    }
  }

  /** The default above, for code that runs without Spring (process tests). */
  public static OfficerMeetingSettings defaults() {
    return new OfficerMeetingSettings(Duration.ofDays(2));
  }
}
