package org.fairchance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.fairchance.benchmarks.BenchmarkApplication.Database;
import org.fairchance.benchmarks.BenchmarkReport.Row;
import org.fairchance.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Journeys taken from application to recognition per second, on one thread and on eight, against a
 * bare process with the same number of user tasks and no code of ours, run in the same application
 * on the same database right after.
 */
class JourneyThroughputBenchmark {

  static final int JOURNEYS = Integer.getInteger("benchmark.walks", 200);
  static final int WARM_UP = 20;
  static final String BARE = "bare-user-tasks";
  static final BenchmarkReport report =
      new BenchmarkReport(
          "journey-throughput",
          "Method: JourneyDriver completes every task of a journey with its form's answers and"
              + " runs each mail step and timer when nothing waits for a person, until the"
              + " journey ends recognized. Baseline: a process of as many user tasks in a row"
              + " as one journey has (no listeners, no called processes, no jobs), each completed"
              + " with the same answers. "
              + JOURNEYS
              + " journeys (after "
              + WARM_UP
              + " warm-up) per configuration; journeys per second.");

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
            database, dataDir, "walk-" + database.name().toLowerCase(), List.of())) {
      JourneyDriver driver = new JourneyDriver(app);
      JourneyDriver.Walk walk = driver.walk(-1);
      List<String> taskKeys = taskKeysOfOneJourney(app);
      assertThat(taskKeys).hasSize(walk.userTasks());
      app.getBean(RepositoryService.class)
          .createDeployment()
          .name("benchmark baseline")
          .addModelInstance(BARE + ".bpmn", bareProcess(taskKeys))
          .deploy();
      System.out.printf("One journey: %d user tasks, %d jobs%n", walk.userTasks(), walk.jobs());

      for (int threads : List.of(1, 8)) {
        run(threads, WARM_UP, i -> driver.walk(i));
        run(threads, WARM_UP, i -> bareWalk(app, driver, i));
        double ours = run(threads, JOURNEYS, i -> driver.walk(i));
        double bare = run(threads, JOURNEYS, i -> bareWalk(app, driver, i));
        report.add(
            new Row(
                "Journeys to recognition, " + threads + (threads == 1 ? " thread" : " threads"),
                db,
                ours,
                bare,
                "journeys/s",
                true));
      }
    }
  }

  /** The task keys one journey went through, in order (the first journey's history). */
  private static List<String> taskKeysOfOneJourney(ConfigurableApplicationContext app) {
    return app
        .getBean(org.camunda.bpm.engine.HistoryService.class)
        .createHistoricTaskInstanceQuery()
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(t -> t.getTaskDefinitionKey())
        .toList();
  }

  private static BpmnModelInstance bareProcess(List<String> taskKeys) {
    AbstractFlowNodeBuilder<?, ?> flow =
        Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(30).startEvent();
    for (String taskKey : taskKeys) {
      flow = flow.userTask().name(taskKey);
    }
    return flow.endEvent().done();
  }

  /**
   * The baseline walk: the bare process, started with a business key and driven by the same loop as
   * a journey, each of its tasks answered as the journey task it is named after.
   */
  private static Object bareWalk(ConfigurableApplicationContext app, JourneyDriver driver, int i) {
    String businessKey = "BARE-" + i + "-" + java.util.UUID.randomUUID();
    app.getBean(RuntimeService.class).startProcessInstanceByKey(BARE, businessKey);
    // Each bare task is named after the journey task it stands for.
    return driver.drive(businessKey, BARE, task -> JourneyDriver.answers(task.getName()));
  }

  /** Runs {@code count} walks on {@code threads} threads; returns walks per second. */
  private static double run(int threads, int count, java.util.function.IntFunction<Object> walk)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  walk.apply(i);
                }
              }));
    }
    for (Future<?> done : work) {
      done.get();
    }
    pool.shutdown();
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
