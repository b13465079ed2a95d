package org.fairchance.cohorts;

import org.springframework.stereotype.Component;

/**
 * The cohort's waiting times as BPMN timers read them, for {@code ${cohortTimers.reviewInterval()}}
 * in {@code employer-cohort}.
 */
@Component("cohortTimers")
public class CohortTimers {

  private final CohortSettings settings;

  public CohortTimers(CohortSettings settings) {
    this.settings = settings;
  }

  /** Timer "Time for the next cohort review". */
  public String reviewInterval() {
    return settings.reviewInterval().toString();
  }
}
