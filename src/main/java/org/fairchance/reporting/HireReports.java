package org.fairchance.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The hire facts the program counts, kept in our own tables rather than in process variables so
 * that demographic data is readable only by reporting. Writes join the caller's transaction.
 */
@Service
public class HireReports {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  HireReports(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a first hire; returns the report's id. */
  public String record(NewHireReport report) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        """
        INSERT INTO hire_report (id, business_key, county, industry, cohort_id, referral_partner,
          start_date, job_role, hourly_wage, hours_per_week, employment_type, bond_requested,
          bond_end_date, wotc_applies, wotc_deadline, wotc_submitted_on, race_ethnicity, gender,
          reported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        id,
        report.businessKey(),
        report.county(),
        report.industry(),
        report.cohortId(),
        report.referralPartner(),
        date(report.startDate()),
        report.jobRole(),
        report.hourlyWage(),
        report.hoursPerWeek(),
        report.employmentType(),
        report.bondRequested(),
        date(report.bondEndDate()),
        report.wotcApplies(),
        date(report.wotcDeadline()),
        date(report.wotcSubmittedOn()),
        report.raceEthnicity().code(),
        report.gender().code(),
        Timestamp.from(Instant.now(clock)));
    return id;
  }

  /** The employer sent the WOTC form (IRS 8850) to the state workforce agency on this day. */
  public void recordWotcSubmission(String reportId, LocalDate submittedOn) {
    requireOne(
        jdbc.update(
            "UPDATE hire_report SET wotc_submitted_on = ? WHERE id = ?",
            date(submittedOn),
            reportId),
        reportId);
  }

  /**
   * What the employer answered at a retention check-in. Recording the same day again replaces the
   * answer, so a retried step does not fail.
   */
  public void recordRetention(
      String reportId,
      int dayAfterStart,
      boolean stillEmployed,
      BigDecimal hourlyWage,
      Boolean promoted) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    int updated =
        jdbc.update(
            """
            UPDATE hire_retention_check_in SET still_employed = ?, hourly_wage = ?, promoted = ?,
              recorded_at = ? WHERE hire_report_id = ? AND day_after_start = ?
            """,
            stillEmployed,
            hourlyWage,
            promoted,
            now,
            reportId,
            dayAfterStart);
    if (updated == 0) {
      jdbc.update(
          """
          INSERT INTO hire_retention_check_in (hire_report_id, day_after_start, still_employed,
            hourly_wage, promoted, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
          """,
          reportId,
          dayAfterStart,
          stillEmployed,
          hourlyWage,
          promoted,
          now);
    }
  }

  private static void requireOne(int updated, String reportId) {
    if (updated != 1) {
      throw new IllegalArgumentException("No hire report " + reportId);
    }
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }
}
