package org.fairchance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.dashboard.DashboardReport.Dashboard;
import org.fairchance.dashboard.EquityGoals.Goal;
import org.fairchance.dashboard.GeneratedHistory.Group;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard's figures, compared exactly with the answers a generated history was built to give:
 * 422 employers at every stage and end of the journey (see {@link GeneratedHistory} for the rules
 * that fix each one's dates, durations and hire), and 12 employers whose journeys the engine itself
 * started, with overdue tasks. No demo employers.
 */
@SpringBootTest(properties = "fairchance.demo.enabled=false")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresIT {

  static final String SPRING = "2025-spring";
  static final String FALL = "2025-fall";
  static final int REAL_JOURNEYS = 12;
  static final int CLAIMED = 3;

  /** The groups, with their sizes; the fall cohort takes 10 days longer in each stage. */
  static final List<Group> GROUPS =
      List.of(
          group(
              "A",
              100,
              "Jackson",
              "manufacturing",
              SPRING,
              Stage.SUSTAIN_REVIEW,
              JourneyEnd.RECOGNIZED),
          group("B", 40, "Clay", "hospitality", FALL, Stage.SUSTAIN_REVIEW, JourneyEnd.RECOGNIZED),
          group("C", 60, "Jackson", "retail", FALL, Stage.SUSTAIN_REVIEW, null),
          group("D", 40, "Platte", "manufacturing", null, Stage.FIRST_HIRE, null),
          group("E", 40, "Wyandotte", "transportation", SPRING, Stage.OFFICER_MEETING, null),
          group("F", 20, "Clay", "manufacturing", null, Stage.POLICY_ADOPTION, null),
          group("G", 20, "Jackson", "hospitality", null, Stage.EDUCATION_WORKSHOP, null),
          group("H", 20, "Platte", "retail", null, Stage.APPLICATION_REVIEW, null),
          group(
              "I",
              20,
              "Jackson",
              "manufacturing",
              null,
              Stage.APPLICATION_REVIEW,
              JourneyEnd.DECLINED),
          group("J", 20, "Clay", "retail", null, Stage.POLICY_ADOPTION, JourneyEnd.WITHDRAWN),
          group(
              "K",
              20,
              "Wyandotte",
              "hospitality",
              null,
              Stage.EDUCATION_WORKSHOP,
              JourneyEnd.CLOSED_INACTIVE),
          group(
              "L",
              20,
              "Jackson",
              "transportation",
              SPRING,
              Stage.SUSTAIN_REVIEW,
              JourneyEnd.NOT_RECOGNIZED),
          new Group(
              "M",
              2,
              "Platte",
              "manufacturing",
              null,
              null,
              Stage.APPLICATION_REVIEW,
              JourneyEnd.WITHDRAWN,
              0,
              YearMonth.of(2025, 5)));

  static final DashboardFilter JANUARY_TO_APRIL =
      new DashboardFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30), null, null, null);

  @Autowired Dashboards dashboards;
  @Autowired EquityGoals goals;
  @Autowired EmployerJourneys journeys;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void generateHistory() {
    new GeneratedHistory(jdbc, DashboardFiguresIT::race, DashboardFiguresIT::gender).write(GROUPS);
    for (int i = 0; i < REAL_JOURNEYS; i++) {
      journeys.start(
          Map.of(
              EmployerOnboardingProcess.Variables.EMPLOYER_NAME,
              "Cass Employer " + i,
              EmployerOnboardingProcess.Variables.CONTACT_EMAIL,
              "hr" + i + "@cass.example",
              EmployerOnboardingProcess.Variables.COUNTY,
              "Cass",
              EmployerOnboardingProcess.Variables.INDUSTRY,
              "construction"));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> reviewTasks().size() == REAL_JOURNEYS);
    Date tenDaysAgo = Date.from(ClockUtil.now().toInstant().minus(Duration.ofDays(10)));
    List<Task> review = reviewTasks();
    for (int i = 0; i < review.size(); i++) {
      Task task = review.get(i);
      task.setDueDate(tenDaysAgo);
      tasks.saveTask(task);
      if (i < CLAIMED) {
        tasks.claim(task.getId(), "staff");
      }
    }
  }

  private List<Task> reviewTasks() {
    return tasks
        .createTaskQuery()
        .taskDefinitionKey(EmployerOnboardingProcess.Elements.TASK_REVIEW_ELIGIBILITY)
        .list();
  }

  @Test
  void countsEmployersAtEachStageAndEndNow() {
    FigureTable now = dashboards.load(DashboardFilter.ALL).table("pipeline-now");

    assertThat(column(now, "Employers"))
        .containsExactly(
            entry("Application review", "32"),
            entry("Education workshop", "20"),
            entry("Policy adoption", "20"),
            entry("Probation and parole meeting", "40"),
            entry("First hire", "40"),
            entry("Sustain review", "60"),
            entry("Recognized", "140"),
            entry("Closed without recognition", "20"),
            entry("Application declined", "20"),
            entry("Withdrew", "22"),
            entry("Closed as inactive", "20"),
            entry("Total", "434"));
  }

  @Test
  void showsHowManyReachAndFinishEachStageAndTheConversionToRecognition() {
    FigureTable funnel = dashboards.load(DashboardFilter.ALL).table("pipeline-funnel");

    assertThat(column(funnel, "Reached"))
        .containsExactly(
            entry("Application review", "434"),
            entry("Education workshop", "380"),
            entry("Policy adoption", "340"),
            entry("Probation and parole meeting", "300"),
            entry("First hire", "260"),
            entry("Sustain review", "220"),
            entry("Recognized", "140"));
    assertThat(column(funnel, "Finished"))
        .containsExactly(
            entry("Application review", "400"),
            entry("Education workshop", "340"),
            entry("Policy adoption", "300"),
            entry("Probation and parole meeting", "260"),
            entry("First hire", "220"),
            entry("Sustain review", "160"),
            entry("Recognized", ""));
    assertThat(funnel.cell("Recognized", "Share of applications")).isEqualTo("32.3%");
    assertThat(funnel.cell("Education workshop", "Share of applications")).isEqualTo("87.6%");
  }

  @Test
  void placesDropOutsInTheStageTheyLeftAndHidesTheTwoWhoWithdrewEarly() {
    FigureTable dropOuts = dashboards.load(DashboardFilter.ALL).table("pipeline-dropouts");

    assertThat(dropOuts.cell("Application review", "Withdrew")).isEqualTo("suppressed");
    // Shown beside a total, so hidden too: otherwise 22 - 20 gives the 2 away.
    assertThat(dropOuts.cell("Application review", "Application declined")).isEqualTo("suppressed");
    assertThat(dropOuts.cell("Sustain review", "Closed without recognition")).isEqualTo("20");
    assertThat(dropOuts.cell("Probation and parole meeting", "Total")).isEqualTo("0");
    assertThat(dropOuts.cell("Total", "Total")).isEqualTo("82");
  }

  @Test
  void countsApplicationsPerMonthInTheDateRange() {
    Dashboard dashboard = dashboards.load(JANUARY_TO_APRIL);
    FigureTable entered = dashboard.table("pipeline-entered");

    assertThat(column(entered, "Application review"))
        .containsExactly(
            entry("2025-01", "105"),
            entry("2025-02", "105"),
            entry("2025-03", "105"),
            entry("2025-04", "105"),
            entry("Total", "420"));
    assertThat(dashboard.table("pipeline-now").cell("Total", "Employers")).isEqualTo("420");
  }

  @Test
  void givesTheMedianAndNinetiethPercentileDaysOfEachStage() {
    FigureTable time = dashboards.load(DashboardFilter.ALL).table("time-in-stage");

    assertThat(time.rows())
        .extracting(r -> r.label() + ": " + r.cells().stream().map(FigureTable.Cell::text).toList())
        .containsExactly(
            "Application review: [400, 11.0, 20.0]",
            "Education workshop: [340, 27.0, 36.0]",
            "Policy adoption: [300, 37.0, 46.0]",
            "Probation and parole meeting: [260, 23.0, 32.0]",
            "First hire: [220, 69.0, 77.0]",
            "Sustain review: [160, 206.0, 215.0]");
  }

  @Test
  void givesTimeInStagePerCohort() {
    FigureTable byCohort = dashboards.load(DashboardFilter.ALL).table("time-in-stage-by-cohort");

    assertThat(byCohort.rows())
        .extracting(FigureTable.Row::label)
        .containsExactly("Fall 2025", "Spring 2025");
    assertThat(byCohort.cell("Spring 2025", "Application review")).isEqualTo("9.0 / 13.0");
    assertThat(byCohort.cell("Fall 2025", "Application review")).isEqualTo("19.0 / 23.0");
    assertThat(byCohort.cell("Fall 2025", "Sustain review")).isEqualTo("214.0 / 218.0");
  }

  @Test
  void countsOverdueTasksByGroupAndByPerson() {
    Dashboard dashboard = dashboards.load(DashboardFilter.ALL);

    FigureTable byGroup = dashboard.table("overdue-by-group");
    assertThat(column(byGroup, "Overdue tasks")).containsExactly(entry("chamber-staff", "12"));
    assertThat(byGroup.cell("chamber-staff", "Most days overdue")).isEqualTo("10");
    assertThat(column(dashboard.table("overdue-by-person"), "Overdue tasks"))
        .containsExactly(entry("(not claimed)", "9"), entry("staff", "3"));
  }

  @Test
  void reportsOutcomesOfHires() {
    FigureTable outcomes = dashboards.load(DashboardFilter.ALL).table("outcomes");

    assertThat(outcomes.rows())
        .extracting(r -> r.label() + ": " + r.cells().stream().map(FigureTable.Cell::text).toList())
        .containsExactly(
            "First hires reported: [220, , ]",
            "Still employed at 30 days: [198, 220, 90.0%]",
            "Still employed at 90 days: [176, 220, 80.0%]",
            "Still employed at 180 days: [112, 160, 70.0%]",
            "Promoted: [16, 220, 7.3%]",
            "WOTC form sent within 28 days: [176, 220, 80.0%]",
            "Bond requested: [44, 220, 20.0%]",
            "Median starting wage (hourly): [$19.00, , ]",
            "Median wage change by the latest check-in (hourly): [+$2.00, 160, ]");
  }

  @Test
  void disaggregatesHiresByRaceAndHidesSmallGroupsAgainstTheGoalsManagersSet() {
    goals.save(
        List.of(
            new Goal(
                EquityGoals.RACE_ETHNICITY,
                RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN.code(),
                new BigDecimal("35.0"),
                new BigDecimal("40.0"))),
        "manager");

    FigureTable race = dashboards.load(DashboardFilter.ALL).table("equity-race");

    assertThat(column(race, "Hires"))
        .containsExactly(
            entry("Hispanic or Latino", "45"),
            entry("White", "60"),
            entry("Black or African American", "80"),
            entry("Native Hawaiian or Other Pacific Islander", "0"),
            entry("Asian", "18"),
            entry("American Indian or Alaska Native", "suppressed"),
            entry("Two or More Races", "suppressed"),
            entry("Declined to state", "suppressed"),
            entry("Total", "220"));
    String black = RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN.label();
    assertThat(race.cell(black, "Share of hires")).isEqualTo("36.4%");
    assertThat(race.cell(black, "Baseline")).isEqualTo("35.0%");
    assertThat(race.cell(black, "Target")).isEqualTo("40.0%");
    assertThat(race.cell(black, "Share minus target")).isEqualTo("-3.6 points");
    assertThat(race.cell(black, "Still employed at 90 days")).isEqualTo("64 (80.0%)");
    assertThat(race.cell(black, "Still employed at 180 days")).isEqualTo("56 (70.0%)");
    assertThat(race.cell("White", "Still employed at 90 days")).isEqualTo("48 (80.0%)");
    assertThat(race.cell("White", "Median starting wage")).isEqualTo("$19.00");
    assertThat(race.cell("Hispanic or Latino", "Still employed at 180 days"))
        .isEqualTo("no answers yet");
    assertThat(race.cell("Two or More Races", "Still employed at 180 days"))
        .isEqualTo("suppressed");
    assertThat(race.cell("Two or More Races", "Share of hires")).isEqualTo("suppressed");
    assertThat(race.cell("Two or More Races", "Median starting wage")).isEqualTo("suppressed");
  }

  @Test
  void disaggregatesHiresByGender() {
    FigureTable gender = dashboards.load(DashboardFilter.ALL).table("equity-gender");

    assertThat(column(gender, "Hires"))
        .containsExactly(
            entry("Woman", "90"),
            entry("Man", "120"),
            entry("Non-binary or another gender", "suppressed"),
            entry("Declined to state", "suppressed"),
            entry("Total", "220"));
    assertThat(gender.cell("Man", "Share of hires")).isEqualTo("54.5%");
  }

  @Test
  void filtersByCountyIndustryAndCohort() {
    assertThat(
            column(dashboards.load(filter(null, "Clay", null)).table("pipeline-now"), "Employers"))
        .contains(
            entry("Policy adoption", "20"),
            entry("Recognized", "40"),
            entry("Withdrew", "20"),
            entry("Total", "80"));
    assertThat(
            dashboards
                .load(filter(null, null, "retail"))
                .table("pipeline-now")
                .cell("Sustain review", "Employers"))
        .isEqualTo("60");
    Dashboard fall = dashboards.load(filter(FALL, null, null));
    assertThat(fall.table("outcomes").cell("First hires reported", "Hires")).isEqualTo("100");
    assertThat(fall.table("pipeline-now").cell("Total", "Employers")).isEqualTo("100");
    assertThat(
            dashboards
                .load(filter(null, "Cass", null))
                .table("overdue-by-group")
                .cell("chamber-staff", "Overdue tasks"))
        .isEqualTo("12");
    assertThat(dashboards.load(filter(null, "Clay", null)).table("overdue-by-group").isEmpty())
        .isTrue();
  }

  @Test
  void offersTheCohortsCountiesAndIndustriesFoundOnJourneys() {
    var choices = dashboards.choices();

    assertThat(choices.cohorts())
        .containsExactly(
            new JourneyHistory.Cohort(FALL, "Fall 2025"),
            new JourneyHistory.Cohort(SPRING, "Spring 2025"));
    assertThat(choices.counties())
        .containsExactly("Cass", "Clay", "Jackson", "Platte", "Wyandotte");
    assertThat(choices.industries())
        .containsExactly(
            "construction", "hospitality", "manufacturing", "retail", "transportation");
  }

  @Test
  void aDateRangeEndingBeforeItStartsShowsNothingAndSaysWhy() {
    DashboardFilter backwards =
        new DashboardFilter(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 1, 1), null, null, null);

    assertThat(backwards.problem()).contains("before its start");
    assertThat(dashboards.load(backwards).table("pipeline-now").cell("Total", "Employers"))
        .isEqualTo("0");
  }

  private static DashboardFilter filter(String cohort, String county, String industry) {
    return new DashboardFilter(null, null, cohort, county, industry);
  }

  private static Group group(
      String name,
      int size,
      String county,
      String industry,
      String cohort,
      Stage last,
      JourneyEnd end) {
    String cohortName = cohort == null ? null : cohort.equals(SPRING) ? "Spring 2025" : "Fall 2025";
    return new Group(
        name, size, county, industry, cohort, cohortName, last, end, FALL.equals(cohort) ? 10 : 0);
  }

  /**
   * Hires in order: 80 Black, 60 White, 45 Hispanic, 18 Asian, 6 two or more, 4 AIAN, 7 declined.
   */
  static RaceEthnicity race(int hire) {
    int[] ends = {80, 140, 185, 203, 209, 213, 220};
    RaceEthnicity[] races = {
      RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN,
      RaceEthnicity.WHITE,
      RaceEthnicity.HISPANIC_OR_LATINO,
      RaceEthnicity.ASIAN,
      RaceEthnicity.TWO_OR_MORE_RACES,
      RaceEthnicity.AMERICAN_INDIAN_OR_ALASKA_NATIVE,
      RaceEthnicity.DECLINED
    };
    for (int i = 0; i < ends.length; i++) {
      if (hire < ends[i]) {
        return races[i];
      }
    }
    throw new IllegalArgumentException("More hires than planned: " + hire);
  }

  /** Hires in order: 90 women, 120 men, 6 another gender, 4 declined. */
  static Gender gender(int hire) {
    return hire < 90
        ? Gender.WOMAN
        : hire < 210 ? Gender.MAN : hire < 216 ? Gender.ANOTHER_GENDER : Gender.DECLINED;
  }

  private static Map.Entry<String, String> entry(String row, String figure) {
    return Map.entry(row, figure);
  }

  /** One column of a table as (row, figure) pairs, in the table's order. */
  private static List<Map.Entry<String, String>> column(FigureTable table, String column) {
    int index = table.columns().indexOf(column);
    return table.rows().stream()
        .map(r -> Map.entry(r.label(), r.cells().get(index).text()))
        .toList();
  }
}
