package org.fairchance.onboarding.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class HeldMeetingTest {

  static final Date START = Date.from(Instant.parse("2026-03-12T19:30:00Z"));

  @Test
  void isHeldOnItsStartWithTheOfficersContactTrimmed() {
    assertThat(HeldMeeting.of(START, "  Sam Ortiz "))
        .isEqualTo(new HeldMeeting(START, "Sam Ortiz"));
  }

  @Test
  void needsTheOfficersNamedContact() {
    assertThatThrownBy(() -> HeldMeeting.of(START, null))
        .isInstanceOf(OfficerMeetingException.class)
        .hasMessageContaining("Name the contact on the officers' side");
    assertThatThrownBy(() -> HeldMeeting.of(START, " "))
        .isInstanceOf(OfficerMeetingException.class)
        .hasMessageContaining("Name the contact on the officers' side");
  }

  @Test
  void needsAScheduledMeeting() {
    assertThatThrownBy(() -> HeldMeeting.of(null, "Sam Ortiz"))
        .isInstanceOf(OfficerMeetingException.class)
        .hasMessageContaining("schedule it first");
  }
}
