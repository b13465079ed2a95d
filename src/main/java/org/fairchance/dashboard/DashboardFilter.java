package org.fairchance.dashboard;

import java.time.LocalDate;

/**
 * Which journeys the dashboard counts: those whose application arrived from {@code from} to {@code
 * to} (both days included, either open), of a cohort, a county and an industry (each optional).
 */
record DashboardFilter(
    LocalDate from, LocalDate to, String cohort, String county, String industry) {

  static final DashboardFilter ALL = new DashboardFilter(null, null, null, null, null);

  DashboardFilter {
    cohort = blankToNull(cohort);
    county = blankToNull(county);
    industry = blankToNull(industry);
  }

  /** What is wrong with the filter in words for the page, or null. */
  String problem() {
    if (from != null && to != null && to.isBefore(from)) {
      return "The end of the date range is before its start: showing nothing until it is fixed.";
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
