package org.fairchance.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.springframework.context.ApplicationContext;

/** Many employers' journeys for a benchmark, started on four threads. */
final class BenchmarkJourneys {

  static final int THREADS = 4;

  /**
   * Starts journeys number {@code from} to {@code to - 1}, each waiting in the eligibility review,
   * then runs {@code afterStart} with the journey's business key on the same thread.
   */
  static void start(
      ApplicationContext app,
      int from,
      int to,
      String name,
      java.util.function.BiConsumer<Integer, String> afterStart)
      throws Exception {
    EmployerJourneys journeys = app.getBean(EmployerJourneys.class);
    inParallel(from, to, i -> afterStart.accept(i, journeys.start(application(name, i))));
  }

  static void start(ApplicationContext app, int from, int to, String name) throws Exception {
    start(app, from, to, name, (i, journey) -> {});
  }

  /** An application as the form sends it; counties, industries and sizes vary by number. */
  static Map<String, Object> application(String name, int i) {
    return Map.of(
        Variables.EMPLOYER_NAME, name + " " + i,
        Variables.CONTACT_NAME, "Contact " + i,
        Variables.CONTACT_EMAIL, name.toLowerCase().replace(' ', '-') + i + "@bench.example",
        Variables.CONTACT_PHONE, "816-555-0199",
        Variables.COUNTY, i % 3 == 0 ? "Clay" : "Jackson",
        Variables.INDUSTRY, i % 2 == 0 ? "manufacturing" : "retail",
        Variables.EMPLOYEE_COUNT, 10 + i % 200);
  }

  /** Runs {@code work} for each number from {@code from} to {@code to - 1} on four threads. */
  static void inParallel(int from, int to, IntConsumer work) throws Exception {
    AtomicInteger next = new AtomicInteger(from);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        running.add(
            threads.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    work.accept(i);
                  }
                }));
      }
      for (Future<?> done : running) {
        done.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  private BenchmarkJourneys() {}
}
