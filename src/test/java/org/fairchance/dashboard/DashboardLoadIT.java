package org.fairchance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fairchance.FairChanceApplication;
import org.fairchance.support.EngineRest;
import org.fairchance.support.PostgresDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the dashboard takes with 10,080 employers in the history, on PostgreSQL with the
 * production profile: the generated groups of {@link DashboardFiguresIT} 24 times over (5,280
 * hires), each journey with 20 more activity instances and variables of other kinds. Times whole
 * HTTP requests as a manager makes them (page rendered, or CSV), after three warm-up loads, and
 * writes median and 95th percentile to {@code target/dashboard-load.txt}.
 *
 * <p>It takes minutes (most of them writing the history), so it runs when asked for: {@code mvn
 * verify -Dtest=none -Dit.test=DashboardLoadIT -Dfairchance.dashboard.measure=true}.
 */
@EnabledIfSystemProperty(named = "fairchance.dashboard.measure", matches = "true")
class DashboardLoadIT {

  private static final Logger log = LoggerFactory.getLogger(DashboardLoadIT.class);

  static final int SCALE = 24;
  static final int FILLER = 20;
  static final int WARM_UP = 3;
  static final int LOADS = 20;
  static final String ADMIN_PASSWORD = "Str0ng!Passw0rd-26";

  /** Far above what we measure; a query that stops using its indexes would exceed it. */
  static final long P95_LIMIT_MILLIS = 10_000;

  @BeforeAll
  static void emptyDatabase() {
    PostgresDatabase.reset();
  }

  @Test
  void loadsTheDashboardOfTenThousandEmployersWithinSeconds() throws IOException {
    try (ConfigurableApplicationContext app = start()) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      List<GeneratedHistory.Group> groups = new ArrayList<>();
      for (GeneratedHistory.Group g : DashboardFiguresIT.GROUPS) {
        if (g.month() == null) {
          groups.add(
              new GeneratedHistory.Group(
                  g.name(),
                  g.size() * SCALE,
                  g.county(),
                  g.industry(),
                  g.cohortId(),
                  g.cohortName(),
                  g.lastStage(),
                  g.end(),
                  g.extraDays()));
        }
      }
      long generating = System.nanoTime();
      new GeneratedHistory(
              jdbc, n -> DashboardFiguresIT.race(n % 220), n -> DashboardFiguresIT.gender(n % 220))
          .withFiller(FILLER)
          .write(groups);
      jdbc.execute("ANALYZE");
      log.info("Generated the history in {} s", (System.nanoTime() - generating) / 1_000_000_000);
      int employers =
          jdbc.queryForObject(
              "SELECT count(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'employer-onboarding'",
              Integer.class);
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      EngineRest admin = EngineRest.as(port, "admin", ADMIN_PASSWORD);

      String page = admin.get(DashboardPage.PATH).body();
      assertThat(page).contains("<td data-label=\"Employers\">" + employers + "</td>");

      List<String> report = new ArrayList<>();
      report.add(
          "Dashboard load times, "
              + employers
              + " employers in history, PostgreSQL, profile postgres, whole HTTP requests after "
              + WARM_UP
              + " warm-up loads.");
      long[] all = measure(admin, DashboardPage.PATH);
      report.add(line("Dashboard, no filter", all));
      report.add(
          line("Dashboard, one county", measure(admin, DashboardPage.PATH + "?county=Clay")));
      report.add(
          line(
              "Dashboard, a cohort and a date range",
              measure(
                  admin, DashboardPage.PATH + "?cohort=2025-fall&from=2025-02-01&to=2025-03-31")));
      report.add(
          line("CSV export of every table", measure(admin, DashboardPage.PATH + "/export.csv")));
      Path file = Path.of("target", "dashboard-load.txt");
      Files.write(file, report);
      report.forEach(log::info);

      assertThat(percentile(all, 95)).isLessThan(P95_LIMIT_MILLIS);
    }
  }

  private static long[] measure(EngineRest caller, String path) {
    for (int i = 0; i < WARM_UP; i++) {
      assertThat(caller.get(path).statusCode()).isEqualTo(200);
    }
    long[] millis = new long[LOADS];
    for (int i = 0; i < LOADS; i++) {
      long start = System.nanoTime();
      int status = caller.get(path).statusCode();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      assertThat(status).isEqualTo(200);
    }
    return millis;
  }

  private static String line(String what, long[] millis) {
    return String.format(
        Locale.ROOT,
        "%s: median %d ms, 95th percentile %d ms, fastest %d ms, slowest %d ms (%d loads)",
        what,
        percentile(millis, 50),
        percentile(millis, 95),
        java.util.Arrays.stream(millis).min().orElse(0),
        java.util.Arrays.stream(millis).max().orElse(0),
        millis.length);
  }

  /** Nearest rank, as the dashboard computes its own percentiles. */
  static long percentile(long[] values, int percent) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  private static ConfigurableApplicationContext start() {
    List<String> properties = new ArrayList<>(PostgresDatabase.applicationProperties());
    properties.add("server.port=0");
    properties.add("FAIRCHANCE_ADMIN_PASSWORD=" + ADMIN_PASSWORD);
    properties.add("FAIRCHANCE_LINK_SECRET=" + "x".repeat(20) + "-test-link-secret-42");
    return new SpringApplicationBuilder(FairChanceApplication.class)
        .profiles("postgres")
        .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
  }
}
