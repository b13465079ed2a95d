package org.fairchance.onboarding.hire;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * When the Work Opportunity Tax Credit (WOTC) is in force, set under {@code fairchance.wotc}. WOTC
 * is law for hires whose start date falls in a period Congress sets; it lapsed for hires starting
 * after 2025-12-31, and past lapses were later revived retroactively. A change in the law is a
 * change here, not in code: the first-hire stage asks for the WOTC form only when the hire's start
 * date lies in one of the periods.
 *
 * <p>To add a revival, list every period, the old one too (a configured list replaces the default),
 * and restart the application. For a law that revives WOTC from the lapse to the end of 2027:
 *
 * <pre>
 * fairchance:
 *   wotc:
 *     in-force:
 *       - from: 1997-01-01
 *         until: 2025-12-31
 *       - from: 2026-01-01
 *         until: 2027-12-31
 * </pre>
 *
 * A period without {@code until} has no end yet. An empty list ({@code in-force: []}) means WOTC is
 * never in force. Hires already reported keep the answer they got; staff remind those in a revival
 * period by hand.
 *
 * @param inForce the periods of hire start dates for which WOTC is in force; by default from
 *     1997-01-01 to 2025-12-31
 * @param submissionDeadline how long after the start date the form (IRS 8850) must reach the state
 *     workforce agency: 28 calendar days
 */
@ConfigurationProperties("fairchance.wotc")
record WotcSettings(List<InForce> inForce, @DefaultValue("P28D") Period submissionDeadline) {

  static final List<InForce> DEFAULT_IN_FORCE =
      List.of(new InForce(LocalDate.of(1997, 1, 1), LocalDate.of(2025, 12, 31)));

  /**
   * Start dates from {@code from} to {@code until}, both inclusive; a missing bound is open.
   *
   * @param from first start date covered
   * @param until last start date covered
   */
  record InForce(
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {

    boolean covers(LocalDate startDate) {
      return (from == null || !startDate.isBefore(from))
          && (until == null || !startDate.isAfter(until));
    }
  }

  WotcSettings {
    inForce = inForce == null ? DEFAULT_IN_FORCE : List.copyOf(inForce);
  }

  /** The defaults above, for code that runs without Spring (process tests). */
  static WotcSettings defaults() {
    return new WotcSettings(null, Period.ofDays(28));
  }

  /** Whether WOTC is in force for a hire starting on this day. */
  boolean appliesTo(LocalDate startDate) {
    return inForce.stream().anyMatch(period -> period.covers(startDate));
  }

  /** The last day on which the form may reach the state workforce agency. */
  LocalDate deadlineFor(LocalDate startDate) {
    return startDate.plus(submissionDeadline);
  }
}
