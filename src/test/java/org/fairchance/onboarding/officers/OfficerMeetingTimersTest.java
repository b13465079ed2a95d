package org.fairchance.onboarding.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OfficerMeetingTimersTest {

  static final Date MEETING = Date.from(Instant.parse("2026-03-12T19:30:00Z"));

  @Test
  void remindsTwoDaysBeforeTheMeetingByDefault() {
    OfficerMeetingTimers timers = new OfficerMeetingTimers(OfficerMeetingSettings.defaults());

    assertThat(timers.reminderAt(MEETING))
        .isEqualTo(Date.from(Instant.parse("2026-03-10T19:30:00Z")));
  }

  @Test
  void remindsAsLongBeforeAsConfigured() {
    OfficerMeetingTimers timers =
        new OfficerMeetingTimers(new OfficerMeetingSettings(Duration.ofHours(36)));

    assertThat(timers.reminderAt(MEETING))
        .isEqualTo(Date.from(Instant.parse("2026-03-11T07:30:00Z")));
  }

  @Test
  void needsTheMeetingsStart() {
    OfficerMeetingTimers timers = new OfficerMeetingTimers(OfficerMeetingSettings.defaults());

    assertThatThrownBy(() -> timers.reminderAt(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leadTimeDefaultsToTwoDaysWhenNotSet() {
    assertThat(bind(Map.of()).reminderLeadTime()).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void leadTimeIsReadInDaysHoursOrIso() {
    assertThat(bind(Map.of("fairchance.officer-meeting.reminder-lead-time", "3d")))
        .isEqualTo(new OfficerMeetingSettings(Duration.ofDays(3)));
    assertThat(bind(Map.of("fairchance.officer-meeting.reminder-lead-time", "36h")))
        .isEqualTo(new OfficerMeetingSettings(Duration.ofHours(36)));
    assertThat(bind(Map.of("fairchance.officer-meeting.reminder-lead-time", "P1D")))
        .isEqualTo(new OfficerMeetingSettings(Duration.ofDays(1)));
  }

  @Test
  void refusesANegativeLeadTime() {
    assertThatThrownBy(() -> new OfficerMeetingSettings(Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reminder-lead-time");
  }

  private static OfficerMeetingSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("fairchance.officer-meeting", Bindable.of(OfficerMeetingSettings.class));
  }
}
