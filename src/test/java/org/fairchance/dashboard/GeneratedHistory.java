package org.fairchance.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a history of employers' journeys straight into the engine's history tables (and our hire
 * report tables) in the shape the engine writes it: one {@code employer-onboarding} instance per
 * employer with its variables, one activity instance per stage. Every figure follows from simple
 * rules, so tests know the answers:
 *
 * <ul>
 *   <li>employer k of a group (k from 0) applies on the 6th of January, February, March or April
 *       2025 (k mod 4), or on the 6th of the group's own month;
 *   <li>it spends {@link #BASE_DAYS} of the stage + the group's extra days + (k mod 10) days in
 *       each stage, one stage right after the other;
 *   <li>a group that reaches the sustain review has a first hire: starting wage $15 + (k mod 10),
 *       bond when k mod 5 = 0, WOTC form sent on day 10 (k mod 10 below 8), day 40 (8) or never
 *       (9); check-ins at 30 and 90 days, and 180 when the review is over: still employed unless k
 *       mod 10 is below 1, 2 or 3 respectively, earning $2 more; promoted at 180 when k mod 10 is
 *       9.
 * </ul>
 */
final class GeneratedHistory {

  static final int[] BASE_DAYS = {5, 20, 30, 15, 60, 200};
  static final String DEFINITION = EmployerOnboardingProcess.KEY + ":1:generated";

  /**
   * Employers who share a path: they enter every stage up to {@code lastStage}; with no {@code end}
   * they are still in it, else their journey ended there.
   */
  record Group(
      String name,
      int size,
      String county,
      String industry,
      String cohortId,
      String cohortName,
      Stage lastStage,
      JourneyEnd end,
      int extraDays,
      YearMonth month) {

    Group(
        String name,
        int size,
        String county,
        String industry,
        String cohortId,
        String cohortName,
        Stage lastStage,
        JourneyEnd end,
        int extraDays) {
      this(name, size, county, industry, cohortId, cohortName, lastStage, end, extraDays, null);
    }
  }

  private final JdbcTemplate jdbc;
  private final IntFunction<RaceEthnicity> raceOfHire;
  private final IntFunction<Gender> genderOfHire;
  private final List<Object[]> instances = new ArrayList<>();
  private final List<Object[]> activities = new ArrayList<>();
  private final List<Object[]> variables = new ArrayList<>();
  private final List<Object[]> hires = new ArrayList<>();
  private final List<Object[]> checkIns = new ArrayList<>();
  private int hireCount;
  private int fillerPerJourney;

  GeneratedHistory(
      JdbcTemplate jdbc, IntFunction<RaceEthnicity> raceOfHire, IntFunction<Gender> genderOfHire) {
    this.jdbc = jdbc;
    this.raceOfHire = raceOfHire;
    this.genderOfHire = genderOfHire;
  }

  /**
   * Adds to every journey this many activity instances and variables of other kinds (tasks,
   * gateways, steps of the called processes; contact details), as a real history has, so that
   * queries are timed against tables of a realistic size. They change no figure.
   */
  GeneratedHistory withFiller(int perJourney) {
    this.fillerPerJourney = perJourney;
    return this;
  }

  /** Writes the groups, in batches; hires are numbered in the order of the groups. */
  void write(List<Group> groups) {
    for (Group group : groups) {
      for (int k = 0; k < group.size(); k++) {
        journey(group, k);
        if (instances.size() >= 1000) {
          flush();
        }
      }
    }
    flush();
  }

  private void journey(Group group, int k) {
    String id = UUID.randomUUID().toString();
    String businessKey = "FC-GEN-" + group.name() + "-" + k;
    LocalDateTime start =
        group.month() != null
            ? group.month().atDay(6).atTime(9, 0)
            : LocalDate.of(2025, 1, 6).plusMonths(k % 4).atTime(9, 0);
    LocalDateTime at = start;
    LocalDateTime hireStart = null;
    for (Stage stage : Stage.values()) {
      boolean last = stage == group.lastStage();
      LocalDateTime ends = at.plusDays(BASE_DAYS[stage.ordinal()] + group.extraDays() + k % 10);
      boolean open = last && group.end() == null;
      boolean canceled =
          last
              && (group.end() == JourneyEnd.WITHDRAWN || group.end() == JourneyEnd.CLOSED_INACTIVE);
      activities.add(
          new Object[] {
            UUID.randomUUID().toString(),
            EmployerOnboardingProcess.KEY,
            DEFINITION,
            id,
            id,
            id,
            stage.elementId(),
            stage.label(),
            stage == Stage.APPLICATION_REVIEW ? "subProcess" : "callActivity",
            Timestamp.valueOf(at),
            open ? null : Timestamp.valueOf(ends),
            open ? null : java.time.Duration.between(at, ends).toMillis(),
            open ? 0 : canceled ? 2 : 1
          });
      if (stage == Stage.FIRST_HIRE && !open && !canceled) {
        hireStart = ends;
      }
      if (last) {
        break;
      }
      at = ends;
    }
    LocalDateTime ended = group.end() == null ? null : activityEnd(at, group, k);
    instances.add(
        new Object[] {
          id,
          id,
          businessKey,
          EmployerOnboardingProcess.KEY,
          DEFINITION,
          Timestamp.valueOf(start),
          ended == null ? null : Timestamp.valueOf(ended),
          group.end() == null ? null : endElement(group.end()),
          group.end() == null ? "ACTIVE" : "COMPLETED",
          id
        });
    variable(id, EmployerOnboardingProcess.Variables.COUNTY, group.county(), start);
    variable(id, EmployerOnboardingProcess.Variables.INDUSTRY, group.industry(), start);
    variable(id, JourneyHistory.COHORT_ID, group.cohortId(), start);
    variable(id, JourneyHistory.COHORT_NAME, group.cohortName(), start);
    if (hireStart != null) {
      hire(businessKey, group, k, hireStart.toLocalDate());
    }
    filler(id, start);
  }

  private void filler(String journey, LocalDateTime start) {
    String calledInstance = UUID.randomUUID().toString();
    for (int i = 0; i < fillerPerJourney; i++) {
      boolean inStage = i % 2 == 1;
      LocalDateTime at = start.plusHours(i);
      activities.add(
          new Object[] {
            UUID.randomUUID().toString(),
            inStage ? "first-hire" : EmployerOnboardingProcess.KEY,
            inStage ? "first-hire:1:generated" : DEFINITION,
            journey,
            inStage ? calledInstance : journey,
            inStage ? calledInstance : journey,
            "Task_Generated" + i,
            "Generated step " + i,
            "userTask",
            Timestamp.valueOf(at),
            Timestamp.valueOf(at.plusMinutes(30)),
            1_800_000L,
            1
          });
      variables.add(
          new Object[] {
            UUID.randomUUID().toString(),
            inStage ? "first-hire" : EmployerOnboardingProcess.KEY,
            inStage ? "first-hire:1:generated" : DEFINITION,
            journey,
            inStage ? calledInstance : journey,
            inStage ? calledInstance : journey,
            "generatedVariable" + i,
            "string",
            Timestamp.valueOf(at),
            "value " + i
          });
    }
  }

  private static LocalDateTime activityEnd(LocalDateTime lastStart, Group group, int k) {
    return lastStart.plusDays(BASE_DAYS[group.lastStage().ordinal()] + group.extraDays() + k % 10);
  }

  private static String endElement(JourneyEnd end) {
    return switch (end) {
      case RECOGNIZED -> EmployerOnboardingProcess.Elements.END_RECOGNIZED;
      case NOT_RECOGNIZED -> EmployerOnboardingProcess.Elements.END_CLOSED_WITHOUT_RECOGNITION;
      case DECLINED -> EmployerOnboardingProcess.Elements.END_APPLICATION_DECLINED;
      case WITHDRAWN -> EmployerOnboardingProcess.Elements.END_WITHDRAWN;
      case CLOSED_INACTIVE -> EmployerOnboardingProcess.Elements.END_CLOSED_AS_INACTIVE;
      case OTHER -> "EndEvent_Cancelled";
    };
  }

  private void variable(String journey, String name, String value, LocalDateTime at) {
    if (value == null) {
      return;
    }
    variables.add(
        new Object[] {
          UUID.randomUUID().toString(),
          EmployerOnboardingProcess.KEY,
          DEFINITION,
          journey,
          journey,
          journey,
          name,
          "string",
          Timestamp.valueOf(at),
          value
        });
  }

  private void hire(String businessKey, Group group, int k, LocalDate start) {
    String id = UUID.randomUUID().toString();
    int n = hireCount++;
    int tenth = k % 10;
    BigDecimal wage = BigDecimal.valueOf(15 + tenth).setScale(2);
    LocalDate deadline = start.plusDays(28);
    LocalDate submitted = tenth < 8 ? start.plusDays(10) : tenth == 8 ? start.plusDays(40) : null;
    hires.add(
        new Object[] {
          id,
          businessKey,
          group.county(),
          group.industry(),
          group.cohortId(),
          Date.valueOf(start),
          wage,
          tenth % 5 == 0,
          Date.valueOf(start.plusMonths(6)),
          true,
          Date.valueOf(deadline),
          submitted == null ? null : Date.valueOf(submitted),
          raceOfHire.apply(n).code(),
          genderOfHire.apply(n).code(),
          Timestamp.valueOf(start.atTime(12, 0))
        });
    checkIn(id, 30, tenth >= 1, wage, false, start);
    checkIn(id, 90, tenth >= 2, wage, false, start);
    if (group.end() != null) {
      checkIn(id, 180, tenth >= 3, wage, tenth == 9, start);
    }
  }

  private void checkIn(
      String report, int day, boolean still, BigDecimal wage, boolean promoted, LocalDate start) {
    checkIns.add(
        new Object[] {
          report,
          day,
          still,
          still ? wage.add(BigDecimal.valueOf(2)) : null,
          still ? promoted : null,
          Timestamp.valueOf(start.plusDays(day).atTime(12, 0))
        });
  }

  private void flush() {
    jdbc.batchUpdate(
        """
        INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,
          START_TIME_, END_TIME_, END_ACT_ID_, STATE_, ROOT_PROC_INST_ID_)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        instances);
    jdbc.batchUpdate(
        """
        INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
          PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_,
          DURATION_, ACT_INST_STATE_)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        activities);
    jdbc.batchUpdate(
        """
        INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
          PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, TEXT_, REV_, STATE_)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'CREATED')
        """,
        variables);
    jdbc.batchUpdate(
        """
        INSERT INTO hire_report (id, business_key, county, industry, cohort_id, start_date,
          hourly_wage, bond_requested, bond_end_date, wotc_applies, wotc_deadline,
          wotc_submitted_on, race_ethnicity, gender, reported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        hires);
    jdbc.batchUpdate(
        """
        INSERT INTO hire_retention_check_in (hire_report_id, day_after_start, still_employed,
          hourly_wage, promoted, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
        checkIns);
    instances.clear();
    activities.clear();
    variables.clear();
    hires.clear();
    checkIns.clear();
  }
}
