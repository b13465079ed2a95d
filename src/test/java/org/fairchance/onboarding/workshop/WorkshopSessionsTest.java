package org.fairchance.onboarding.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.fairchance.onboarding.workshop.WorkshopSessions.BookedSession;
import org.junit.jupiter.api.Test;

class WorkshopSessionsTest {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

  final WorkshopSessions sessions = new WorkshopSessions(Clock.fixed(NOW, CHICAGO));

  @Test
  void readsTheStaffMembersOwnTimeFromTheFormsOffset() {
    BookedSession session = sessions.book("2026-03-10T14:30-05:00");

    assertThat(session.start()).isEqualTo(Date.from(Instant.parse("2026-03-10T19:30:00Z")));
    assertThat(session.label()).isEqualTo("Tuesday, March 10, 2026 at 2:30 PM");
  }

  @Test
  void keepsTheEnteredWallTimeForStaffInAnotherZone() {
    BookedSession session = sessions.book("2026-03-10T09:00:00-08:00");

    assertThat(session.start()).isEqualTo(Date.from(Instant.parse("2026-03-10T17:00:00Z")));
    assertThat(session.label()).isEqualTo("Tuesday, March 10, 2026 at 9:00 AM");
  }

  @Test
  void showsAUtcEntryInTheChambersTime() {
    BookedSession session = sessions.book("2026-03-10T19:30Z");

    assertThat(session.start()).isEqualTo(Date.from(Instant.parse("2026-03-10T19:30:00Z")));
    assertThat(session.label()).isEqualTo("Tuesday, March 10, 2026 at 2:30 PM");
  }

  @Test
  void readsAnEntryWithoutZoneInTheChambersTime() {
    BookedSession session = sessions.book("2026-03-10T14:30");

    assertThat(session.start()).isEqualTo(Date.from(Instant.parse("2026-03-10T19:30:00Z")));
    assertThat(session.label()).isEqualTo("Tuesday, March 10, 2026 at 2:30 PM");
  }

  @Test
  void acceptsADate() {
    Date start = Date.from(Instant.parse("2026-03-10T19:30:00Z"));

    assertThat(sessions.book(start))
        .isEqualTo(new BookedSession(start, "Tuesday, March 10, 2026 at 2:30 PM"));
  }

  @Test
  void refusesASessionInThePast() {
    assertThatThrownBy(() -> sessions.book("2026-03-01T10:00-06:00"))
        .isInstanceOf(WorkshopSessionException.class)
        .hasMessage(
            "The session on Sunday, March 1, 2026 at 10:00 AM has already begun."
                + " Choose a date and time that is still ahead.");
  }

  @Test
  void refusesASessionStartingNow() {
    assertThatThrownBy(() -> sessions.book("2026-03-02T09:00-06:00"))
        .isInstanceOf(WorkshopSessionException.class)
        .hasMessageContaining("has already begun");
  }

  @Test
  void acceptsASessionAMinuteAhead() {
    assertThat(sessions.book("2026-03-02T09:01-06:00").start())
        .isEqualTo(Date.from(NOW.plusSeconds(60)));
  }

  @Test
  void refusesAnEntryItCannotRead() {
    assertThatThrownBy(() -> sessions.book("2026-03-10T14:30+05:-30"))
        .isInstanceOf(WorkshopSessionException.class)
        .hasMessageContaining("2026-03-10T14:30+05:-30")
        .hasMessageStartingWith("Cannot read");
  }

  @Test
  void refusesAMissingEntry() {
    assertThatThrownBy(() -> sessions.book(null))
        .isInstanceOf(WorkshopSessionException.class)
        .hasMessage("Enter the date and time the session starts.");
    assertThatThrownBy(() -> sessions.book(" "))
        .isInstanceOf(WorkshopSessionException.class)
        .hasMessage("Enter the date and time the session starts.");
  }
}
