package org.fairchance.onboarding;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The journey's waiting times in the form BPMN timers read (ISO 8601), for expressions such as
 * {@code ${journeyTimers.employerSilence()}} on the timers of every stage process.
 */
@Component("journeyTimers")
public class JourneyTimers {

  private final JourneySettings settings;

  public JourneyTimers(JourneySettings settings) {
    this.settings = settings;
  }

  /** Timer of the "employer not answering" boundary events. */
  public String employerSilence() {
    return settings.employerSilence().toString();
  }

  /** Timer of the first-hire stage's check-in when no hire is reported. */
  public String noHireCheckIn() {
    return settings.noHireCheckIn().toString();
  }

  /** Collection of the sustain review's retention check-ins (days after the start date). */
  public List<Integer> retentionCheckInDays() {
    return settings.retentionCheckInDays();
  }

  /** Timer before the next sustain review when an employer is given more time. */
  public String sustainExtension() {
    return settings.sustainExtension().toString();
  }
}
