package org.fairchance.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads what the dashboard counts, in a handful of set-based queries: the journeys ({@code
 * employer-onboarding} instances) from the engine's history with the variables they are filtered
 * by, their stages (the activity instances of the stage elements), their hire reports, and the open
 * tasks past their due date. Filters run in the database, on indexed columns. Dates are read in the
 * application's time zone, the chamber's.
 */
@Repository
class JourneyHistory {

  static final String COHORT_ID = "cohortId";
  static final String COHORT_NAME = "cohortName";

  /** ACT_HI_ACTINST.ACT_INST_STATE_ of an activity instance cancelled (by withdrawal, closure). */
  private static final int CANCELED = 2;

  private final JdbcTemplate jdbc;

  JourneyHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Journey(
      String id,
      String businessKey,
      LocalDateTime started,
      LocalDateTime ended,
      String endElement,
      String county,
      String industry,
      String cohortId,
      String cohortName) {}

  record StageVisit(
      String journeyId, Stage stage, LocalDateTime started, LocalDateTime ended, boolean canceled) {

    boolean completed() {
      return ended != null && !canceled;
    }
  }

  record CheckIn(
      int dayAfterStart, boolean stillEmployed, BigDecimal hourlyWage, Boolean promoted) {}

  record Hire(
      String id,
      String businessKey,
      LocalDate startDate,
      BigDecimal hourlyWage,
      boolean bondRequested,
      boolean wotcApplies,
      LocalDate wotcDeadline,
      LocalDate wotcSubmittedOn,
      RaceEthnicity raceEthnicity,
      Gender gender,
      List<CheckIn> checkIns) {}

  record OverdueTask(String id, String assignee, LocalDateTime due, List<String> groups) {}

  /** A cohort as the journeys name it. */
  record Cohort(String id, String name) {}

  /** The values the filters offer: every value found on a journey. */
  record Choices(List<Cohort> cohorts, List<String> counties, List<String> industries) {}

  /** One SQL condition on journeys ({@code p}), with its arguments. */
  private record Selection(String joins, String where, List<Object> args) {}

  List<Journey> journeys(DashboardFilter filter) {
    Selection selection = select(filter);
    List<Object> args = new ArrayList<>();
    args.addAll(List.of(EmployerOnboardingProcess.Variables.COUNTY));
    args.add(EmployerOnboardingProcess.Variables.INDUSTRY);
    args.add(COHORT_ID);
    args.add(COHORT_NAME);
    args.addAll(selection.args());
    return jdbc.query(
        """
        SELECT p.ID_, p.BUSINESS_KEY_, p.START_TIME_, p.END_TIME_, p.END_ACT_ID_,
          county.TEXT_ AS COUNTY, industry.TEXT_ AS INDUSTRY, cohort.TEXT_ AS COHORT_ID,
          cohort_name.TEXT_ AS COHORT_NAME
        FROM ACT_HI_PROCINST p
        """
            + variableJoin("LEFT JOIN", "county")
            + variableJoin("LEFT JOIN", "industry")
            + variableJoin("LEFT JOIN", "cohort")
            + variableJoin("LEFT JOIN", "cohort_name")
            + selection.joins()
            + " WHERE "
            + selection.where(),
        (rs, row) ->
            new Journey(
                rs.getString("ID_"),
                rs.getString("BUSINESS_KEY_"),
                dateTime(rs, "START_TIME_"),
                dateTime(rs, "END_TIME_"),
                rs.getString("END_ACT_ID_"),
                rs.getString("COUNTY"),
                rs.getString("INDUSTRY"),
                rs.getString("COHORT_ID"),
                rs.getString("COHORT_NAME")),
        args.toArray());
  }

  List<StageVisit> stageVisits(DashboardFilter filter) {
    Selection selection = select(filter);
    List<Object> args = new ArrayList<>();
    args.add(EmployerOnboardingProcess.KEY);
    List<String> elements = Arrays.stream(Stage.values()).map(Stage::elementId).toList();
    args.addAll(elements);
    args.addAll(selection.args());
    return jdbc.query(
        """
        SELECT a.PROC_INST_ID_, a.ACT_ID_, a.START_TIME_, a.END_TIME_, a.ACT_INST_STATE_
        FROM ACT_HI_ACTINST a
        WHERE a.PROC_DEF_KEY_ = ? AND a.ACT_ID_ IN (%s)
          AND a.PROC_INST_ID_ IN (SELECT p.ID_ FROM ACT_HI_PROCINST p %s WHERE %s)
        """
            .formatted(placeholders(elements.size()), selection.joins(), selection.where()),
        (rs, row) ->
            new StageVisit(
                rs.getString("PROC_INST_ID_"),
                Stage.ofElement(rs.getString("ACT_ID_")),
                dateTime(rs, "START_TIME_"),
                dateTime(rs, "END_TIME_"),
                rs.getInt("ACT_INST_STATE_") == CANCELED),
        args.toArray());
  }

  List<Hire> hires(DashboardFilter filter) {
    Selection selection = select(filter);
    String journeys =
        "SELECT p.BUSINESS_KEY_ FROM ACT_HI_PROCINST p "
            + selection.joins()
            + " WHERE "
            + selection.where();
    Map<String, List<CheckIn>> checkIns = new HashMap<>();
    jdbc.query(
        """
        SELECT c.hire_report_id, c.day_after_start, c.still_employed, c.hourly_wage, c.promoted
        FROM hire_retention_check_in c JOIN hire_report h ON h.id = c.hire_report_id
        WHERE h.business_key IN (%s)
        """
            .formatted(journeys),
        rs -> {
          Object promoted = rs.getObject("promoted");
          checkIns
              .computeIfAbsent(rs.getString("hire_report_id"), id -> new ArrayList<>())
              .add(
                  new CheckIn(
                      rs.getInt("day_after_start"),
                      rs.getBoolean("still_employed"),
                      rs.getBigDecimal("hourly_wage"),
                      promoted == null ? null : rs.getBoolean("promoted")));
        },
        selection.args().toArray());
    return jdbc.query(
        """
        SELECT h.id, h.business_key, h.start_date, h.hourly_wage, h.bond_requested, h.wotc_applies,
          h.wotc_deadline, h.wotc_submitted_on, h.race_ethnicity, h.gender
        FROM hire_report h WHERE h.business_key IN (%s)
        """
            .formatted(journeys),
        (rs, row) ->
            new Hire(
                rs.getString("id"),
                rs.getString("business_key"),
                date(rs, "start_date"),
                rs.getBigDecimal("hourly_wage"),
                rs.getBoolean("bond_requested"),
                rs.getBoolean("wotc_applies"),
                date(rs, "wotc_deadline"),
                date(rs, "wotc_submitted_on"),
                RaceEthnicity.fromCode(rs.getString("race_ethnicity")),
                Gender.fromCode(rs.getString("gender")),
                checkIns.getOrDefault(rs.getString("id"), List.of())),
        selection.args().toArray());
  }

  /** Open tasks of the journeys (in any stage) whose due date is before {@code now}. */
  List<OverdueTask> overdueTasks(DashboardFilter filter, LocalDateTime now) {
    Selection selection = select(filter);
    List<Object> args = new ArrayList<>();
    args.add(Timestamp.valueOf(now));
    args.addAll(selection.args());
    Map<String, OverdueTask> tasks = new LinkedHashMap<>();
    jdbc.query(
        """
        SELECT t.ID_, t.ASSIGNEE_, t.DUE_DATE_, l.GROUP_ID_
        FROM ACT_RU_TASK t
        JOIN ACT_HI_TASKINST h ON h.ID_ = t.ID_
        LEFT JOIN ACT_RU_IDENTITYLINK l
          ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL
        WHERE t.DUE_DATE_ < ?
          AND h.ROOT_PROC_INST_ID_ IN (SELECT p.ID_ FROM ACT_HI_PROCINST p %s WHERE %s)
        ORDER BY t.ID_
        """
            .formatted(selection.joins(), selection.where()),
        rs -> {
          OverdueTask task =
              tasks.computeIfAbsent(
                  rs.getString("ID_"),
                  id -> {
                    try {
                      return new OverdueTask(
                          id,
                          rs.getString("ASSIGNEE_"),
                          dateTime(rs, "DUE_DATE_"),
                          new ArrayList<>());
                    } catch (SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  });
          String group = rs.getString("GROUP_ID_");
          if (group != null) {
            task.groups().add(group);
          }
        },
        args.toArray());
    return List.copyOf(tasks.values());
  }

  /**
   * Reads the variables of journeys only (their own process-instance variables, by name, an indexed
   * column), without joining the journeys themselves.
   */
  Choices choices() {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            """
            SELECT DISTINCT v.NAME_, v.TEXT_ FROM ACT_HI_VARINST v
            WHERE v.NAME_ IN (?, ?) AND v.PROC_DEF_KEY_ = ? AND v.EXECUTION_ID_ = v.PROC_INST_ID_
              AND v.STATE_ = 'CREATED' AND v.TEXT_ IS NOT NULL
            ORDER BY v.TEXT_
            """,
            EmployerOnboardingProcess.Variables.COUNTY,
            EmployerOnboardingProcess.Variables.INDUSTRY,
            EmployerOnboardingProcess.KEY);
    Map<String, List<Map<String, Object>>> byName =
        rows.stream().collect(Collectors.groupingBy(row -> (String) row.get("NAME_")));
    List<Cohort> cohorts =
        jdbc.query(
            """
            SELECT c.TEXT_ AS ID, MAX(n.TEXT_) AS NAME FROM ACT_HI_VARINST c
            LEFT JOIN ACT_HI_VARINST n ON n.PROC_INST_ID_ = c.PROC_INST_ID_
              AND n.EXECUTION_ID_ = c.PROC_INST_ID_ AND n.NAME_ = ? AND n.STATE_ = 'CREATED'
            WHERE c.NAME_ = ? AND c.PROC_DEF_KEY_ = ? AND c.EXECUTION_ID_ = c.PROC_INST_ID_
              AND c.STATE_ = 'CREATED' AND c.TEXT_ IS NOT NULL
            GROUP BY c.TEXT_
            """,
            (rs, row) ->
                new Cohort(
                    rs.getString("ID"),
                    rs.getString("NAME") == null ? rs.getString("ID") : rs.getString("NAME")),
            COHORT_NAME,
            COHORT_ID,
            EmployerOnboardingProcess.KEY);
    return new Choices(
        cohorts.stream()
            .sorted(java.util.Comparator.comparing(Cohort::name).thenComparing(Cohort::id))
            .toList(),
        values(byName, EmployerOnboardingProcess.Variables.COUNTY),
        values(byName, EmployerOnboardingProcess.Variables.INDUSTRY));
  }

  private static List<String> values(Map<String, List<Map<String, Object>>> byName, String name) {
    return byName.getOrDefault(name, List.of()).stream()
        .map(row -> (String) row.get("TEXT_"))
        .toList();
  }

  /** The journeys a filter selects, as joins and a condition on {@code ACT_HI_PROCINST p}. */
  private static Selection select(DashboardFilter filter) {
    StringBuilder joins = new StringBuilder();
    List<Object> args = new ArrayList<>();
    filterJoin(
        joins, args, "f_county", EmployerOnboardingProcess.Variables.COUNTY, filter.county());
    filterJoin(
        joins, args, "f_industry", EmployerOnboardingProcess.Variables.INDUSTRY, filter.industry());
    filterJoin(joins, args, "f_cohort", COHORT_ID, filter.cohort());
    StringBuilder where =
        new StringBuilder("p.PROC_DEF_KEY_ = ? AND p.SUPER_PROCESS_INSTANCE_ID_ IS NULL");
    args.add(EmployerOnboardingProcess.KEY);
    if (filter.from() != null) {
      where.append(" AND p.START_TIME_ >= ?");
      args.add(Timestamp.valueOf(filter.from().atStartOfDay()));
    }
    if (filter.to() != null) {
      where.append(" AND p.START_TIME_ < ?");
      args.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
    }
    return new Selection(joins.toString(), where.toString(), args);
  }

  private static void filterJoin(
      StringBuilder joins, List<Object> args, String alias, String variable, String value) {
    if (value == null) {
      return;
    }
    joins.append(
        " JOIN ACT_HI_VARINST %1$s ON %1$s.PROC_INST_ID_ = p.ID_ AND %1$s.EXECUTION_ID_ = p.ID_"
                .formatted(alias)
            + " AND %1$s.NAME_ = ? AND %1$s.TEXT_ = ? AND %1$s.STATE_ = 'CREATED'"
                .formatted(alias));
    args.add(variable);
    args.add(value);
  }

  /** A join of one journey variable; its name is the statement's next argument. */
  private static String variableJoin(String kind, String alias) {
    return " %1$s ACT_HI_VARINST %2$s ON %2$s.PROC_INST_ID_ = p.ID_ AND %2$s.EXECUTION_ID_ = p.ID_"
            .formatted(kind, alias)
        + " AND %1$s.NAME_ = ? AND %1$s.STATE_ = 'CREATED'".formatted(alias)
        + "\n";
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime();
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
