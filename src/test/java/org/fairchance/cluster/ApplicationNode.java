package org.fairchance.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One application node as an operator runs it: the packaged jar in a JVM of its own, so that a test
 * can kill it without warning. Its log goes to {@code target/cluster/<name>.log}.
 */
final class ApplicationNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;

  private ApplicationNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  static ApplicationNode start(String name, List<String> settings) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(applicationJar().toString());
    command.add("--server.port=" + port);
    for (String setting : settings) {
      command.add("--" + setting);
    }
    Path log = Path.of("target", "cluster", name + ".log");
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new ApplicationNode(name, port, process);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the node reports itself healthy. */
  ApplicationNode awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Node " + name + " stopped while starting; see target/cluster/" + name + ".log");
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return this;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Node " + name + " did not become healthy in " + timeout);
  }

  int port() {
    return port;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Kills the JVM at once, as a crash or a pulled plug would: no shutdown hooks run. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  /** The executable jar that {@code mvn package} builds, which failsafe runs after. */
  static Path applicationJar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("fair-chance-onboarding-"))
          .filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "No application jar in target" + File.separator + ": run mvn verify"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
