package org.fairchance.onboarding.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.fairchance.onboarding.officers.OfficerMeetingSchedule.ScheduledMeeting;
import org.junit.jupiter.api.Test;

class OfficerMeetingScheduleTest {

  static final ZoneId CHAMBER_ZONE = ZoneId.of("America/Chicago");

  /** Monday, March 2, 2026, 9:00 in the chamber's time zone. */
  static final Instant NOW = OffsetDateTime.parse("2026-03-02T09:00-06:00").toInstant();

  final OfficerMeetingSchedule schedule =
      new OfficerMeetingSchedule(Clock.fixed(NOW, CHAMBER_ZONE));

  @Test
  void readsTheLiaisonsTimeWithItsOffset() {
    ScheduledMeeting meeting = schedule.schedule("2026-03-12T14:30-05:00");

    assertThat(meeting.start())
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-12T14:30-05:00").toInstant()));
    assertThat(meeting.label()).isEqualTo("Thursday, March 12, 2026 at 2:30 PM");
  }

  @Test
  void showsAMeetingEnteredInUtcInTheChambersTime() {
    ScheduledMeeting meeting = schedule.schedule("2026-03-12T19:30:00Z");

    assertThat(meeting.start()).isEqualTo(Date.from(Instant.parse("2026-03-12T19:30:00Z")));
    assertThat(meeting.label()).isEqualTo("Thursday, March 12, 2026 at 2:30 PM");
  }

  @Test
  void readsATimeWithoutZoneInTheChambersTime() {
    ScheduledMeeting meeting = schedule.schedule("2026-03-04T10:00");

    assertThat(meeting.start())
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-04T10:00-06:00").toInstant()));
    assertThat(meeting.label()).isEqualTo("Wednesday, March 4, 2026 at 10:00 AM");
  }

  @Test
  void acceptsADate() {
    Date start = Date.from(NOW.plusSeconds(3600));

    assertThat(schedule.schedule(start))
        .isEqualTo(new ScheduledMeeting(start, "Monday, March 2, 2026 at 10:00 AM"));
  }

  @Test
  void refusesAMeetingInThePast() {
    assertThatThrownBy(() -> schedule.schedule("2026-02-27T14:00-06:00"))
        .isInstanceOf(OfficerMeetingException.class)
        .hasMessage(
            "The meeting on Friday, February 27, 2026 at 2:00 PM is in the past. Enter the date"
                + " and time agreed with the officer, still ahead.");
  }

  @Test
  void refusesAMeetingStartingNow() {
    assertThatThrownBy(() -> schedule.schedule(Date.from(NOW)))
        .isInstanceOf(OfficerMeetingException.class)
        .hasMessageContaining("in the past");
  }

  @Test
  void asksForADateWhenNoneWasEntered() {
    assertThatThrownBy(() -> schedule.schedule(null))
        .isInstanceOf(OfficerMeetingException.class)
        .hasMessage("Enter the date and time the meeting starts.");
    assertThatThrownBy(() -> schedule.schedule("  "))
        .isInstanceOf(OfficerMeetingException.class)
        .hasMessage("Enter the date and time the meeting starts.");
  }

  @Test
  void saysWhatItCannotRead() {
    assertThatThrownBy(() -> schedule.schedule("next Tuesday"))
        .isInstanceOf(OfficerMeetingException.class)
        .hasMessage("Cannot read \"next Tuesday\" as the date and time the meeting starts.");
  }
}
