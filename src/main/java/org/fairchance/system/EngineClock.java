package org.fairchance.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Our code's clock is the engine's clock, so a test that moves the engine's time moves ours too,
 * and timers, due dates, reminders and outbox times agree.
 */
@Component
class EngineClock extends Clock {

  private final ZoneId zone;

  EngineClock() {
    this(ZoneId.systemDefault());
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
