package org.fairchance.system;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs the application in the chamber's time zone ({@code fairchance.business-hours.zone}): a day
 * an employer picks on a form ("start date: March 2") is that day at the chamber, whatever zone the
 * server or its container is set to, and the engine reads dates without a zone the same way.
 * Registered in {@code META-INF/spring.factories}, before anything reads the clock.
 */
public class ChamberTimeZone implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    String zone =
        event.getEnvironment().getProperty("fairchance.business-hours.zone", "America/Chicago");
    TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
  }
}
