package org.fairchance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.fairchance.benchmarks.BenchmarkApplication.Database;
import org.fairchance.benchmarks.BenchmarkReport.Row;
import org.fairchance.identity.Groups;
import org.fairchance.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The staff queue as Tasklist loads it: the chamber-staff queue filter's first page (15 tasks, by
 * due date) and its count, run by a staff member with authorization checks, at each number of open
 * journeys given in {@code benchmark.journeys} (default 10,000; 100,000 for the full run).
 * Baseline: the same candidate-group query, first page and count, without authorization checks (the
 * bare engine's query). Figures are milliseconds per load (list and count), median and 95th
 * percentile of 200 loads after 50 warm-up loads.
 */
class TaskQueueBenchmark {

  static final List<Integer> SIZES =
      Arrays.stream(System.getProperty("benchmark.journeys", "10000").split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .toList();
  static final int LOADS = 200;
  static final BenchmarkReport report =
      new BenchmarkReport(
          "task-queue",
          "Method: open journeys waiting in the eligibility review (one chamber-staff task each),"
              + " started with 4 threads. A load is FilterService.listPage(queue, 0, 15) plus"
              + " FilterService.count(queue) as user \"staff\" of group chamber-staff, with"
              + " authorization on. Baseline: TaskQuery.taskCandidateGroup(chamber-staff)"
              + " .includeAssignedTasks() ordered by due date, listPage(0, 15) and count(), with"
              + " no authenticated user. "
              + LOADS
              + " loads after 50 warm-up loads; milliseconds.");

  @TempDir Path dataDir;

  @AfterAll
  static void writeReport() {
    report.write();
  }

  @Test
  void h2() throws Exception {
    measure(Database.H2, "H2");
  }

  @Test
  void postgres() throws Exception {
    PostgresDatabase.reset();
    measure(Database.POSTGRES, "PostgreSQL");
  }

  private void measure(Database database, String db) throws Exception {
    try (ConfigurableApplicationContext app =
        BenchmarkApplication.start(
            database, dataDir, "queue-" + database.name().toLowerCase(), List.of())) {
      int open = 0;
      for (int size : SIZES) {
        BenchmarkJourneys.start(app, open, size, "Queue Employer");
        open = size;
        String queue = staffQueueFilter(app.getBean(FilterService.class)).getId();
        double[] ours = loads(() -> staffQueue(app, queue));
        double[] bare = loads(() -> bareQuery(app));
        report.add(
            new Row(
                "Staff queue, median, " + size + " journeys", db, ours[0], bare[0], "ms", false));
        report.add(
            new Row("Staff queue, p95, " + size + " journeys", db, ours[1], bare[1], "ms", false));
      }
    }
  }

  private static long staffQueue(ConfigurableApplicationContext app, String queue) {
    FilterService filters = app.getBean(FilterService.class);
    IdentityService identity = app.getBean(IdentityService.class);
    identity.setAuthentication("staff", List.of(Groups.CHAMBER_STAFF));
    try {
      assertThat(filters.listPage(queue, 0, 15)).hasSize(15);
      return filters.count(queue);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Filter staffQueueFilter(FilterService filters) {
    return filters.createTaskFilterQuery().filterNameLike("Queue:%").list().stream()
        .filter(
            f -> Groups.CHAMBER_STAFF.equals(((TaskQueryImpl) f.getQuery()).getCandidateGroup()))
        .findFirst()
        .orElseThrow();
  }

  private static long bareQuery(ConfigurableApplicationContext app) {
    TaskService tasks = app.getBean(TaskService.class);
    TaskQuery query =
        tasks
            .createTaskQuery()
            .taskCandidateGroup(Groups.CHAMBER_STAFF)
            .includeAssignedTasks()
            .orderByDueDate()
            .asc();
    assertThat(query.listPage(0, 15)).hasSize(15);
    return query.count();
  }

  /** Median and 95th percentile in milliseconds. */
  private static double[] loads(java.util.function.LongSupplier load) {
    for (int i = 0; i < 50; i++) {
      load.getAsLong();
    }
    double[] millis = new double[LOADS];
    for (int i = 0; i < LOADS; i++) {
      long start = System.nanoTime();
      load.getAsLong();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new double[] {millis[LOADS / 2], millis[(int) Math.ceil(LOADS * 0.95) - 1]};
  }
}
