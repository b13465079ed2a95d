package org.fairchance.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.fairchance.dashboard.Charts.Bar;
import org.fairchance.dashboard.EquityGoals.Goal;
import org.fairchance.dashboard.FigureTable.Cell;
import org.fairchance.dashboard.FigureTable.Row;
import org.fairchance.dashboard.JourneyHistory.CheckIn;
import org.fairchance.dashboard.JourneyHistory.Hire;
import org.fairchance.dashboard.JourneyHistory.Journey;
import org.fairchance.dashboard.JourneyHistory.OverdueTask;
import org.fairchance.dashboard.JourneyHistory.StageVisit;
import org.fairchance.dashboard.SmallCellSuppression.SuppressedTable;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;

/**
 * Computes the dashboard's figures from what {@link JourneyHistory} read, and protects them: counts
 * of employers (journeys) and every figure made from fewer than {@code minimumEmployers} employers
 * are hidden; counts of hires (people) below {@code suppressionThreshold} are hidden; tables whose
 * totals are shown get complementary suppression ({@link SmallCellSuppression}). Each table is
 * protected on its own.
 */
final class DashboardReport {

  static final String TOTAL = "Total";
  static final int MAX_MONTHS = 24;
  static final int[] RETENTION_DAYS = {30, 90, 180};

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  /** What the report is computed from. */
  record Data(
      List<Journey> journeys,
      List<StageVisit> visits,
      List<Hire> hires,
      List<OverdueTask> overdueTasks) {}

  record Dashboard(List<Section> sections) {

    FigureTable table(String id) {
      return sections.stream()
          .flatMap(s -> s.panels().stream())
          .map(Panel::table)
          .filter(t -> t.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No table " + id));
    }

    List<FigureTable> tables() {
      return sections.stream().flatMap(s -> s.panels().stream()).map(Panel::table).toList();
    }
  }

  record Section(String id, String title, String intro, List<Panel> panels) {}

  /** A table and, where it helps, a chart drawn from it (inline SVG) above it. */
  record Panel(FigureTable table, String chart) {}

  private final Data data;
  private final DashboardSettings settings;
  private final Map<String, Goal> goals;
  private final LocalDateTime now;
  private final DashboardFilter filter;
  private final Map<String, List<StageVisit>> visitsByJourney;
  private final Map<Stage, List<StageVisit>> visitsByStage;

  private DashboardReport(
      Data data,
      DashboardSettings settings,
      Map<String, Goal> goals,
      DashboardFilter filter,
      LocalDateTime now) {
    this.data = data;
    this.settings = settings;
    this.goals = goals;
    this.filter = filter;
    this.now = now;
    this.visitsByJourney =
        data.visits().stream()
            .sorted(Comparator.comparing(StageVisit::started))
            .collect(
                Collectors.groupingBy(
                    StageVisit::journeyId, LinkedHashMap::new, Collectors.toList()));
    this.visitsByStage = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      visitsByStage.put(stage, new ArrayList<>());
    }
    data.visits().forEach(v -> visitsByStage.get(v.stage()).add(v));
  }

  static Dashboard compute(
      Data data,
      DashboardSettings settings,
      Map<String, Goal> goals,
      DashboardFilter filter,
      LocalDateTime now) {
    return new DashboardReport(data, settings, goals, filter, now).build();
  }

  private Dashboard build() {
    FigureTable stageNow = stageNow();
    FigureTable funnel = funnel();
    FigureTable durations = timeInStage();
    FigureTable equityRace =
        equity(
            "equity-race",
            "Hires by race or ethnicity",
            "Race or ethnicity",
            EquityGoals.RACE_ETHNICITY,
            RaceEthnicity.values(),
            RaceEthnicity::code,
            RaceEthnicity::label,
            Hire::raceEthnicity);
    FigureTable equityGender =
        equity(
            "equity-gender",
            "Hires by gender",
            "Gender",
            EquityGoals.GENDER,
            Gender.values(),
            Gender::code,
            Gender::label,
            Hire::gender);
    List<Panel> timePanels = new ArrayList<>();
    timePanels.add(new Panel(durations, durationChart(durations)));
    FigureTable byCohort = timeInStageByCohort();
    if (!byCohort.isEmpty()) {
      timePanels.add(new Panel(byCohort, null));
    }
    timePanels.add(
        new Panel(overdueBy("overdue-by-group", "Overdue tasks by group", "Group", true), null));
    timePanels.add(
        new Panel(
            overdueBy("overdue-by-person", "Overdue tasks by person", "Person", false), null));
    return new Dashboard(
        List.of(
            new Section(
                "pipeline",
                "Pipeline",
                "Where employers are now, how many reach each stage, and where they leave.",
                List.of(
                    new Panel(stageNow, null),
                    new Panel(funnel, funnelChart(funnel)),
                    new Panel(dropOuts(), null),
                    new Panel(monthly(true), null),
                    new Panel(monthly(false), null))),
            new Section(
                "time",
                "Time in stage and overdue work",
                "Days from entering a stage to finishing it, for stages finished.",
                timePanels),
            new Section(
                "outcomes",
                "Outcomes",
                "First hires the employers reported, and what they answered at the check-ins.",
                List.of(new Panel(outcomes(), null))),
            new Section(
                "equity",
                "Equity",
                "Hires by self-identified race or ethnicity and gender, against the baseline and"
                    + " target you set.",
                List.of(
                    new Panel(equityRace, retentionChart(equityRace, "race or ethnicity")),
                    new Panel(equityGender, retentionChart(equityGender, "gender"))))));
  }

  // Pipeline.

  private FigureTable stageNow() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Stage stage : Stage.values()) {
      counts.put(stage.label(), 0L);
    }
    for (JourneyEnd end : JourneyEnd.values()) {
      counts.put(end.label(), 0L);
    }
    for (Journey journey : data.journeys()) {
      String place =
          journey.ended() == null
              ? currentStage(journey).label()
              : JourneyEnd.ofElement(journey.endElement()).label();
      counts.merge(place, 1L, Long::sum);
    }
    if (counts.get(JourneyEnd.OTHER.label()) == 0) {
      counts.remove(JourneyEnd.OTHER.label());
    }
    List<String> labels = new ArrayList<>(counts.keySet());
    long[][] cells = new long[labels.size()][1];
    for (int i = 0; i < labels.size(); i++) {
      cells[i][0] = counts.get(labels.get(i));
    }
    SuppressedTable table = SmallCellSuppression.apply(cells, settings.minimumEmployers());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      rows.add(new Row(labels.get(i), List.of(Cell.count(table.shown(i, 0))), false));
    }
    rows.add(new Row(TOTAL, List.of(Cell.count(table.columnTotal(0))), true));
    return new FigureTable(
        "pipeline-now",
        "Employers at each stage now",
        "Stage or how the journey ended",
        List.of("Employers"),
        rows,
        null);
  }

  /** The stage a running journey is in: its open stage, else the last one it entered. */
  private Stage currentStage(Journey journey) {
    List<StageVisit> visits = visitsByJourney.getOrDefault(journey.id(), List.of());
    for (int i = visits.size() - 1; i >= 0; i--) {
      if (visits.get(i).ended() == null) {
        return visits.get(i).stage();
      }
    }
    return visits.isEmpty() ? Stage.APPLICATION_REVIEW : visits.get(visits.size() - 1).stage();
  }

  private FigureTable funnel() {
    long applications = data.journeys().size();
    List<Row> rows = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      long reached = journeysWith(stage, v -> true);
      long completed = journeysWith(stage, StageVisit::completed);
      Long shownReached = employers(reached);
      rows.add(
          new Row(
              stage.label(),
              List.of(
                  Cell.count(shownReached),
                  Cell.count(employers(completed)),
                  percentOf(shownReached, applications)),
              false));
    }
    long recognized =
        data.journeys().stream()
            .filter(j -> j.ended() != null)
            .filter(j -> JourneyEnd.ofElement(j.endElement()) == JourneyEnd.RECOGNIZED)
            .count();
    Long shownRecognized = employers(recognized);
    rows.add(
        new Row(
            JourneyEnd.RECOGNIZED.label(),
            List.of(
                Cell.count(shownRecognized), Cell.EMPTY, percentOf(shownRecognized, applications)),
            true));
    return new FigureTable(
        "pipeline-funnel",
        "Conversion from application to recognition",
        "Stage",
        List.of("Reached", "Finished", "Share of applications"),
        rows,
        "The last row is the conversion: employers recognized as fair-chance employers, of all"
            + " applications.");
  }

  private long journeysWith(Stage stage, Predicate<StageVisit> condition) {
    return visitsByStage.get(stage).stream()
        .filter(condition)
        .map(StageVisit::journeyId)
        .distinct()
        .count();
  }

  private FigureTable dropOuts() {
    List<JourneyEnd> ends =
        List.of(
            JourneyEnd.DECLINED,
            JourneyEnd.WITHDRAWN,
            JourneyEnd.CLOSED_INACTIVE,
            JourneyEnd.NOT_RECOGNIZED,
            JourneyEnd.OTHER);
    long[][] cells = new long[Stage.values().length][ends.size()];
    for (Journey journey : data.journeys()) {
      if (journey.ended() == null) {
        continue;
      }
      JourneyEnd end = JourneyEnd.ofElement(journey.endElement());
      if (!end.isDropOut()) {
        continue;
      }
      List<StageVisit> visits = visitsByJourney.getOrDefault(journey.id(), List.of());
      Stage last =
          visits.isEmpty() ? Stage.APPLICATION_REVIEW : visits.get(visits.size() - 1).stage();
      cells[last.ordinal()][ends.indexOf(end)]++;
    }
    SuppressedTable table = SmallCellSuppression.apply(cells, settings.minimumEmployers());
    List<String> columns = new ArrayList<>(ends.stream().map(JourneyEnd::label).toList());
    columns.add(TOTAL);
    return new FigureTable(
        "pipeline-dropouts",
        "Where employers leave",
        "Stage they left in",
        columns,
        rowsOf(table, Stage.values().length, i -> Stage.values()[i].label()),
        null);
  }

  private FigureTable monthly(boolean entered) {
    List<YearMonth> months = months();
    Map<YearMonth, Integer> index = new HashMap<>();
    for (int i = 0; i < months.size(); i++) {
      index.put(months.get(i), i);
    }
    long[][] cells = new long[months.size()][Stage.values().length];
    for (StageVisit visit : data.visits()) {
      LocalDateTime when = entered ? visit.started() : visit.completed() ? visit.ended() : null;
      Integer row = when == null ? null : index.get(YearMonth.from(when));
      if (row != null) {
        cells[row][visit.stage().ordinal()]++;
      }
    }
    SuppressedTable table = SmallCellSuppression.apply(cells, settings.minimumEmployers());
    List<String> columns = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      columns.add(stage.label());
    }
    columns.add(TOTAL);
    return new FigureTable(
        entered ? "pipeline-entered" : "pipeline-finished",
        entered
            ? "Employers entering each stage, by month"
            : "Employers finishing each stage, by month",
        "Month",
        columns,
        rowsOf(table, months.size(), i -> MONTH.format(months.get(i))),
        null);
  }

  /**
   * The months of the date range, or from the first journey to this month; at most the last {@link
   * #MAX_MONTHS}.
   */
  private List<YearMonth> months() {
    YearMonth last = YearMonth.from(filter.to() == null ? now.toLocalDate() : filter.to());
    YearMonth first;
    if (filter.from() != null) {
      first = YearMonth.from(filter.from());
    } else {
      first =
          data.journeys().stream()
              .map(j -> YearMonth.from(j.started()))
              .min(Comparator.naturalOrder())
              .orElse(last);
    }
    if (first.isBefore(last.minusMonths(MAX_MONTHS - 1))) {
      first = last.minusMonths(MAX_MONTHS - 1);
    }
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  // Time in stage.

  private FigureTable timeInStage() {
    List<Row> rows = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      List<StageVisit> finished =
          visitsByStage.get(stage).stream().filter(StageVisit::completed).toList();
      rows.add(new Row(stage.label(), durationCells(finished, true), false));
    }
    return new FigureTable(
        "time-in-stage",
        "Days in each stage",
        "Stage",
        List.of("Employers", "Median days", "90th percentile days"),
        rows,
        "Percentiles by nearest rank: a median of 9 days means half the employers took 9 days or"
            + " less.");
  }

  private List<Cell> durationCells(List<StageVisit> finished, boolean withCount) {
    long employers = finished.stream().map(StageVisit::journeyId).distinct().count();
    List<Double> days =
        finished.stream()
            .map(v -> Duration.between(v.started(), v.ended()).toSeconds() / 86_400.0)
            .toList();
    boolean shown = employers >= settings.minimumEmployers();
    List<Cell> cells = new ArrayList<>();
    if (withCount) {
      cells.add(employers == 0 ? Cell.count(0L) : Cell.count(shown ? employers : null));
    }
    if (employers == 0) {
      cells.add(Cell.text("no one yet"));
      cells.add(Cell.text("no one yet"));
    } else {
      Double median = shown ? Percentiles.of(days, 50) : null;
      Double p90 = shown ? Percentiles.of(days, 90) : null;
      cells.add(Cell.number(median, days(median)));
      cells.add(Cell.number(p90, days(p90)));
    }
    return cells;
  }

  private FigureTable timeInStageByCohort() {
    Map<String, String> cohortOf = new HashMap<>();
    Map<String, String> cohortNames = new TreeMap<>();
    for (Journey journey : data.journeys()) {
      if (journey.cohortId() != null) {
        cohortOf.put(journey.id(), journey.cohortId());
        cohortNames.put(
            journey.cohortId(),
            journey.cohortName() == null ? journey.cohortId() : journey.cohortName());
      }
    }
    List<String> columns = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      columns.add(stage.label());
    }
    List<Row> rows = new ArrayList<>();
    cohortNames.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(
            cohort -> {
              List<Cell> cells = new ArrayList<>();
              for (Stage stage : Stage.values()) {
                List<StageVisit> finished =
                    visitsByStage.get(stage).stream()
                        .filter(StageVisit::completed)
                        .filter(v -> cohort.getKey().equals(cohortOf.get(v.journeyId())))
                        .toList();
                List<Cell> figures = durationCells(finished, false);
                cells.add(combined(figures.get(0), figures.get(1)));
              }
              rows.add(new Row(cohort.getValue(), cells, false));
            });
    return new FigureTable(
        "time-in-stage-by-cohort",
        "Days in each stage by cohort",
        "Cohort",
        columns,
        rows,
        "Each cell: median / 90th percentile days.");
  }

  private static Cell combined(Cell median, Cell p90) {
    if (median.suppressed() || p90.suppressed()) {
      return Cell.HIDDEN;
    }
    if (median.value() == null) {
      return median;
    }
    return new Cell(median.text() + " / " + p90.text(), median.value(), false);
  }

  private FigureTable overdueBy(String id, String title, String heading, boolean byGroup) {
    Map<String, List<OverdueTask>> tasks = new TreeMap<>();
    for (OverdueTask task : data.overdueTasks()) {
      List<String> keys =
          byGroup
              ? (task.groups().isEmpty() ? List.of("(no group)") : task.groups())
              : List.of(task.assignee() == null ? "(not claimed)" : task.assignee());
      for (String key : keys) {
        tasks.computeIfAbsent(key, k -> new ArrayList<>()).add(task);
      }
    }
    List<Row> rows = new ArrayList<>();
    tasks.forEach(
        (key, list) -> {
          long mostDays =
              list.stream()
                  .mapToLong(t -> ChronoUnit.DAYS.between(t.due().toLocalDate(), now.toLocalDate()))
                  .max()
                  .orElse(0);
          rows.add(
              new Row(key, List.of(Cell.count((long) list.size()), Cell.count(mostDays)), false));
        });
    return new FigureTable(
        id,
        title,
        heading,
        List.of("Overdue tasks", "Most days overdue"),
        rows,
        byGroup ? "A task offered to several groups counts in each." : null);
  }

  // Outcomes.

  private FigureTable outcomes() {
    List<Hire> hires = data.hires();
    int threshold = settings.suppressionThreshold();
    List<Row> rows = new ArrayList<>();
    long employers = hires.stream().map(Hire::businessKey).distinct().count();
    Long shownHires = hidden(hires.size(), threshold);
    rows.add(
        new Row(
            "First hires reported",
            List.of(Cell.count(shownHires), Cell.EMPTY, Cell.EMPTY),
            false));
    for (int day : RETENTION_DAYS) {
      List<CheckIn> answers = checkIns(hires, day);
      long still = answers.stream().filter(CheckIn::stillEmployed).count();
      rows.add(share("Still employed at " + day + " days", still, answers.size(), threshold));
    }
    long promoted =
        hires.stream()
            .filter(h -> h.checkIns().stream().anyMatch(c -> Boolean.TRUE.equals(c.promoted())))
            .count();
    rows.add(share("Promoted", promoted, hires.size(), threshold));
    List<Hire> wotcDue =
        hires.stream()
            .filter(Hire::wotcApplies)
            .filter(h -> h.wotcDeadline() != null)
            .filter(
                h -> h.wotcSubmittedOn() != null || h.wotcDeadline().isBefore(now.toLocalDate()))
            .toList();
    long onTime =
        wotcDue.stream()
            .filter(h -> h.wotcSubmittedOn() != null)
            .filter(h -> !h.wotcSubmittedOn().isAfter(h.wotcDeadline()))
            .count();
    rows.add(share("WOTC form sent within 28 days", onTime, wotcDue.size(), threshold));
    long bonds = hires.stream().filter(Hire::bondRequested).count();
    rows.add(share("Bond requested", bonds, hires.size(), threshold));
    boolean enough =
        shownHires != null && hires.size() >= threshold && employers >= settings.minimumEmployers();
    Double startingWage =
        enough
            ? Percentiles.of(
                hires.stream()
                    .filter(h -> h.hourlyWage() != null)
                    .map(h -> h.hourlyWage().doubleValue())
                    .toList(),
                50)
            : null;
    rows.add(
        new Row(
            "Median starting wage (hourly)",
            List.of(Cell.number(startingWage, money(startingWage)), Cell.EMPTY, Cell.EMPTY),
            false));
    List<Double> changes = new ArrayList<>();
    for (Hire hire : hires) {
      CheckIn latest =
          hire.checkIns().stream()
              .max(Comparator.comparingInt(CheckIn::dayAfterStart))
              .orElse(null);
      if (latest != null
          && latest.stillEmployed()
          && latest.hourlyWage() != null
          && hire.hourlyWage() != null) {
        changes.add(latest.hourlyWage().subtract(hire.hourlyWage()).doubleValue());
      }
    }
    Double change = changes.size() >= threshold && enough ? Percentiles.of(changes, 50) : null;
    rows.add(
        new Row(
            "Median wage change by the latest check-in (hourly)",
            List.of(
                changes.isEmpty()
                    ? Cell.text("no answers yet")
                    : Cell.number(change, signedMoney(change)),
                Cell.count(hidden(changes.size(), threshold)),
                Cell.EMPTY),
            false));
    return new FigureTable(
        "outcomes",
        "Outcomes of first hires",
        "Outcome",
        List.of("Hires", "Out of", "Rate"),
        rows,
        "Still employed: of the hires whose employer answered that check-in. WOTC: of the hires"
            + " the credit applied to whose deadline has passed or who were sent in.");
  }

  /** A count of some hires out of others, protected as a two-cell table with its total. */
  private static Row share(String label, long count, long outOf, int threshold) {
    SuppressedTable table =
        SmallCellSuppression.apply(new long[][] {{count, outOf - count}}, threshold);
    Long shown = table.shown(0, 0);
    Long total = table.rowTotal(0);
    return new Row(
        label,
        List.of(Cell.count(shown), Cell.count(total), percentOf(shown, total == null ? 0 : total)),
        false);
  }

  private static List<CheckIn> checkIns(List<Hire> hires, int day) {
    return hires.stream()
        .flatMap(h -> h.checkIns().stream())
        .filter(c -> c.dayAfterStart() == day)
        .toList();
  }

  // Equity.

  private <T> FigureTable equity(
      String id,
      String title,
      String heading,
      String dimension,
      T[] categories,
      Function<T, String> code,
      Function<T, String> label,
      Function<Hire, T> categoryOf) {
    int threshold = settings.suppressionThreshold();
    int n = categories.length;
    Map<T, List<Hire>> byCategory = new HashMap<>();
    for (Hire hire : data.hires()) {
      byCategory.computeIfAbsent(categoryOf.apply(hire), c -> new ArrayList<>()).add(hire);
    }
    long[][] hires = new long[n][1];
    long[][][] still = new long[RETENTION_DAYS.length][n][1];
    long[][] answered = new long[RETENTION_DAYS.length][n];
    for (int i = 0; i < n; i++) {
      List<Hire> list = byCategory.getOrDefault(categories[i], List.of());
      hires[i][0] = list.size();
      for (int d = 0; d < RETENTION_DAYS.length; d++) {
        List<CheckIn> answers = checkIns(list, RETENTION_DAYS[d]);
        answered[d][i] = answers.size();
        still[d][i][0] = answers.stream().filter(CheckIn::stillEmployed).count();
      }
    }
    SuppressedTable hireTable = SmallCellSuppression.apply(hires, threshold);
    SuppressedTable[] stillTables = new SuppressedTable[RETENTION_DAYS.length];
    for (int d = 0; d < RETENTION_DAYS.length; d++) {
      stillTables[d] = SmallCellSuppression.apply(still[d], threshold);
    }
    long total = data.hires().size();
    Long shownTotal = hireTable.columnTotal(0);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      boolean isTotal = i == n;
      Long count = isTotal ? shownTotal : hireTable.shown(i, 0);
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.count(count));
      Double share = count == null || total == 0 ? null : 100.0 * count / total;
      cells.add(
          count == null
              ? Cell.HIDDEN
              : total == 0 ? Cell.text("no hires") : Cell.number(share, percent(share)));
      Goal goal = isTotal ? null : goals.get(Goal.key(dimension, code.apply(categories[i])));
      BigDecimal baseline = goal == null ? null : goal.baseline();
      BigDecimal target = goal == null ? null : goal.target();
      cells.add(
          baseline == null
              ? Cell.EMPTY
              : Cell.number(baseline.doubleValue(), percent(baseline.doubleValue())));
      cells.add(
          target == null
              ? Cell.EMPTY
              : Cell.number(target.doubleValue(), percent(target.doubleValue())));
      if (target == null || isTotal) {
        cells.add(Cell.EMPTY);
      } else if (share == null) {
        cells.add(count == null ? Cell.HIDDEN : Cell.EMPTY);
      } else {
        double gap = share - target.doubleValue();
        cells.add(Cell.number(gap, String.format(Locale.ROOT, "%+.1f points", gap)));
      }
      for (int d = 0; d < RETENTION_DAYS.length; d++) {
        Long kept = isTotal ? stillTables[d].columnTotal(0) : stillTables[d].shown(i, 0);
        long asked = isTotal ? java.util.Arrays.stream(answered[d]).sum() : answered[d][i];
        if (kept == null) {
          cells.add(Cell.HIDDEN);
        } else if (asked == 0) {
          cells.add(Cell.text("no answers yet"));
        } else if (asked < threshold) {
          cells.add(Cell.HIDDEN);
        } else {
          double rate = 100.0 * kept / asked;
          cells.add(new Cell(kept + " (" + percent(rate) + ")", rate, false));
        }
      }
      List<Hire> group = isTotal ? data.hires() : byCategory.getOrDefault(categories[i], List.of());
      long employers = group.stream().map(Hire::businessKey).distinct().count();
      boolean enough =
          count != null && group.size() >= threshold && employers >= settings.minimumEmployers();
      Double wage =
          enough
              ? Percentiles.of(
                  group.stream()
                      .filter(h -> h.hourlyWage() != null)
                      .map(h -> h.hourlyWage().doubleValue())
                      .toList(),
                  50)
              : null;
      cells.add(group.isEmpty() ? Cell.EMPTY : Cell.number(wage, money(wage)));
      rows.add(new Row(isTotal ? TOTAL : label.apply(categories[i]), cells, isTotal));
    }
    List<String> columns =
        new ArrayList<>(
            List.of("Hires", "Share of hires", "Baseline", "Target", "Share minus target"));
    for (int day : RETENTION_DAYS) {
      columns.add("Still employed at " + day + " days");
    }
    columns.add("Median starting wage");
    return new FigureTable(
        id,
        title,
        heading,
        columns,
        rows,
        "Self-identified, voluntary. Still employed: count and share of the hires whose employer"
            + " answered that check-in.");
  }

  // Charts.

  private static String funnelChart(FigureTable funnel) {
    List<Bar> bars = new ArrayList<>();
    for (Row row : funnel.rows()) {
      Cell reached = row.cells().get(0);
      bars.add(new Bar(row.label(), reached.value(), null, reached.text()));
    }
    return Charts.bars(
        "Employers reaching each stage",
        "Bars: employers who reached each stage, the last one recognized. The table below has the"
            + " numbers.",
        bars);
  }

  private static String durationChart(FigureTable durations) {
    List<Bar> bars = new ArrayList<>();
    for (Row row : durations.rows()) {
      Cell median = row.cells().get(1);
      Cell p90 = row.cells().get(2);
      String text =
          median.value() == null ? median.text() : median.text() + " days, 90%: " + p90.text();
      bars.add(new Bar(row.label(), median.value(), p90.value(), text));
    }
    return Charts.bars(
        "Days in each stage",
        "Bars: median days in each stage; the mark: 90th percentile. The table below has the"
            + " numbers.",
        bars);
  }

  private static String retentionChart(FigureTable equity, String dimension) {
    int column = equity.columns().indexOf("Still employed at 90 days");
    List<Bar> bars = new ArrayList<>();
    for (Row row : equity.rows()) {
      Cell cell = row.cells().get(column);
      if (!row.cells().get(0).text().equals("0")) {
        bars.add(
            new Bar(
                row.label(),
                cell.value(),
                null,
                cell.value() == null ? cell.text() : percent(cell.value())));
      }
    }
    return Charts.bars(
        "Still employed at 90 days by " + dimension,
        "Bars: share of hires still employed at 90 days, by "
            + dimension
            + ". The table below has the numbers.",
        bars);
  }

  // Formatting and protection.

  private Long employers(long count) {
    return count > 0 && count < settings.minimumEmployers() ? null : count;
  }

  private static Long hidden(long count, int threshold) {
    return count > 0 && count < threshold ? null : count;
  }

  private static List<Row> rowsOf(
      SuppressedTable table, int rowCount, Function<Integer, String> label) {
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r <= rowCount; r++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c <= table.columns(); c++) {
        cells.add(Cell.count(table.shown(r, c)));
      }
      rows.add(new Row(r == rowCount ? TOTAL : label.apply(r), cells, r == rowCount));
    }
    return rows;
  }

  private static Cell percentOf(Long count, long outOf) {
    if (count == null) {
      return Cell.HIDDEN;
    }
    if (outOf == 0) {
      return Cell.EMPTY;
    }
    double value = 100.0 * count / outOf;
    return Cell.number(value, percent(value));
  }

  static String percent(Double value) {
    return value == null ? FigureTable.SUPPRESSED : String.format(Locale.ROOT, "%.1f%%", value);
  }

  static String days(Double value) {
    return value == null ? FigureTable.SUPPRESSED : String.format(Locale.ROOT, "%.1f", value);
  }

  static String money(Double value) {
    return value == null ? FigureTable.SUPPRESSED : String.format(Locale.ROOT, "$%.2f", value);
  }

  static String signedMoney(Double value) {
    if (value == null) {
      return FigureTable.SUPPRESSED;
    }
    return (value < 0 ? "-" : "+") + String.format(Locale.ROOT, "$%.2f", Math.abs(value));
  }
}
