package org.fairchance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import baseline.BareCamundaApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairchance.FairChanceApplication;
import org.fairchance.benchmarks.BenchmarkApplication.Database;
import org.fairchance.benchmarks.BenchmarkReport.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up time and memory of the application against Camunda's bare webapp starter, each started
 * as a JVM of its own on a fresh H2 file database: seconds from launch until /actuator/health
 * answers 200, then (after 10 s idle) heap used after a full GC (jcmd GC.run, GC.heap_info) and the
 * process's resident memory (VmRSS). Three launches of each, alternating; medians. Then the
 * application once more on a database holding 10,000 open journeys.
 */
class StartupBenchmark {

  static final int LAUNCHES = 3;
  static final int JOURNEYS = Integer.getInteger("benchmark.journeys", 10_000);
  static final BenchmarkReport report =
      new BenchmarkReport(
          "startup-memory",
          "Method: each application in its own JVM (-Xmx1g, same classpath), fresh H2 file"
              + " database; start-up is launch until /actuator/health answers 200; heap is"
              + " used heap after jcmd GC.run, RSS is VmRSS, both after 10 s idle. Medians of "
              + LAUNCHES
              + " alternating launches. Baseline: Camunda's webapp and REST starters alone"
              + " (BareCamundaApplication). The last rows are the application on a database"
              + " with "
              + JOURNEYS
              + " open journeys, against the same bare baseline.");

  @TempDir Path temp;

  @AfterAll
  static void writeReport() {
    report.write();
  }

  record Measurement(double startSeconds, double heapMiB, double rssMiB) {}

  @Test
  void idleAndWithOpenJourneys() throws Exception {
    List<Measurement> ours = new ArrayList<>();
    List<Measurement> bare = new ArrayList<>();
    for (int launch = 0; launch < LAUNCHES; launch++) {
      bare.add(
          launch(
              BareCamundaApplication.class,
              temp.resolve("bare-" + launch),
              List.of(
                  "--spring.config.name=bare-benchmark",
                  // Our models are on the classpath too; the bare engine deploys nothing.
                  "--camunda.bpm.auto-deployment-enabled=false",
                  "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("bare-" + launch) + "/db",
                  "--camunda.bpm.admin-user.id=admin",
                  "--camunda.bpm.admin-user.password=admin")));
      ours.add(
          launch(
              FairChanceApplication.class,
              temp.resolve("ours-" + launch),
              List.of("--FAIRCHANCE_DATA_DIR=" + temp.resolve("ours-" + launch))));
    }
    Measurement b = median(bare);
    Measurement o = median(ours);
    report.add(new Row("Start-up, idle", "H2", o.startSeconds(), b.startSeconds(), "s", false));
    report.add(new Row("Heap after full GC, idle", "H2", o.heapMiB(), b.heapMiB(), "MiB", false));
    report.add(new Row("Resident memory, idle", "H2", o.rssMiB(), b.rssMiB(), "MiB", false));

    Path full = temp.resolve("ours-full");
    fill(full);
    Measurement loaded =
        launch(FairChanceApplication.class, full, List.of("--FAIRCHANCE_DATA_DIR=" + full));
    String with = ", " + JOURNEYS + " open journeys";
    report.add(
        new Row("Start-up" + with, "H2", loaded.startSeconds(), b.startSeconds(), "s", false));
    report.add(
        new Row("Heap after full GC" + with, "H2", loaded.heapMiB(), b.heapMiB(), "MiB", false));
    report.add(new Row("Resident memory" + with, "H2", loaded.rssMiB(), b.rssMiB(), "MiB", false));
  }

  /** Starts journeys into a database of the application's own, then closes it. */
  private static void fill(Path dataDir) throws Exception {
    try (ConfigurableApplicationContext app =
        BenchmarkApplication.start(Database.H2, dataDir, "startup-fill", List.of())) {
      BenchmarkJourneys.start(app, 0, JOURNEYS, "Open Employer");
    }
  }

  private static Measurement launch(Class<?> main, Path dataDir, List<String> args)
      throws Exception {
    Files.createDirectories(dataDir);
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(java("java"));
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.add("--server.port=" + port);
    command.addAll(args);
    Path log = Path.of("target", "benchmarks", main.getSimpleName() + ".log");
    Files.createDirectories(log.getParent());
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      awaitHealthy(process, port);
      double seconds = (System.nanoTime() - start) / 1e9;
      Thread.sleep(10_000);
      run(java("jcmd"), String.valueOf(process.pid()), "GC.run");
      double heap = heapUsedMiB(run(java("jcmd"), String.valueOf(process.pid()), "GC.heap_info"));
      double rss = rssMiB(process.pid());
      System.out.printf(
          "%s: started in %.1f s, heap %.0f MiB, RSS %.0f MiB%n",
          main.getSimpleName(), seconds, heap, rss);
      return new Measurement(seconds, heap, rss);
    } finally {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private static void awaitHealthy(Process process, int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
    for (int i = 0; i < 3000; i++) {
      assertThat(process.isAlive()).as("the application is still running").isTrue();
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Not healthy after 300 s");
  }

  static double heapUsedMiB(String heapInfo) {
    Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(heapInfo);
    assertThat(used.find()).as(heapInfo).isTrue();
    return Long.parseLong(used.group(1)) / 1024.0;
  }

  private static double rssMiB(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("No VmRSS for process " + pid);
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  private static String java(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  private static Measurement median(List<Measurement> runs) {
    return new Measurement(
        median(runs.stream().mapToDouble(Measurement::startSeconds).toArray()),
        median(runs.stream().mapToDouble(Measurement::heapMiB).toArray()),
        median(runs.stream().mapToDouble(Measurement::rssMiB).toArray()));
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    return values[values.length / 2];
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
