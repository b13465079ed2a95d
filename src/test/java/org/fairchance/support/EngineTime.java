package org.fairchance.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's time as a {@link Clock}, as the application's clock bean is: a test that moves the
 * engine's time moves the code under test too. In the chamber's time zone of these tests.
 */
public final class EngineTime extends Clock {

  public static final ZoneId CHAMBER_ZONE = ZoneId.of("America/Chicago");

  @Override
  public ZoneId getZone() {
    return CHAMBER_ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The tests' clock keeps the chamber's zone");
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
