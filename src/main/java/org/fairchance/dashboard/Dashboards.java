package org.fairchance.dashboard;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.fairchance.dashboard.DashboardReport.Dashboard;
import org.fairchance.dashboard.DashboardReport.Data;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard for a filter: reads the history once, then computes and protects the figures. */
@Service
class Dashboards {

  private final JourneyHistory history;
  private final EquityGoals goals;
  private final DashboardSettings settings;
  private final Clock clock;

  Dashboards(JourneyHistory history, EquityGoals goals, DashboardSettings settings, Clock clock) {
    this.history = history;
    this.goals = goals;
    this.settings = settings;
    this.clock = clock;
  }

  /** Reads in one read-only transaction, so the figures of one load agree with each other. */
  @Transactional(readOnly = true)
  Dashboard load(DashboardFilter filter) {
    LocalDateTime now = LocalDateTime.now(clock);
    Data data =
        filter.problem() != null
            ? new Data(List.of(), List.of(), List.of(), List.of())
            : new Data(
                history.journeys(filter),
                history.stageVisits(filter),
                history.hires(filter),
                history.overdueTasks(filter, now));
    return DashboardReport.compute(data, settings, goals.all(), filter, now);
  }

  JourneyHistory.Choices choices() {
    return history.choices();
  }
}
