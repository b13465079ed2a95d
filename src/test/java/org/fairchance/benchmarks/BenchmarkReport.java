package org.fairchance.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark, each beside the baseline measured in the same run, written as a
 * Markdown table to {@code target/benchmarks/<name>.md} and to the console.
 */
final class BenchmarkReport {

  /**
   * One figure.
   *
   * @param higherIsBetter true for rates (per second), false for times; the ratio is always "ours
   *     compared with the baseline" so that 1.0 means as good as the baseline and less is worse
   */
  record Row(
      String figure,
      String database,
      double ours,
      double baseline,
      String unit,
      boolean higherIsBetter) {

    double ratio() {
      return higherIsBetter ? ours / baseline : baseline / ours;
    }

    /** A figure that has no baseline of its own. */
    static Row alone(String figure, String database, double value, String unit) {
      return new Row(figure, database, value, Double.NaN, unit, true);
    }
  }

  private final String name;
  private final String method;
  private final List<Row> rows = new ArrayList<>();

  BenchmarkReport(String name, String method) {
    this.name = name;
    this.method = method;
  }

  void add(Row row) {
    rows.add(row);
    System.out.println(line(row));
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Writes the table; returns where. */
  Path write() {
    StringBuilder text = new StringBuilder();
    text.append("# ").append(name).append("\n\n").append(method).append("\n\n");
    text.append(machine()).append("\n\n");
    text.append("| Figure | Database | Ours | Baseline | Unit | Ours vs baseline |\n");
    text.append("|---|---|---:|---:|---|---:|\n");
    for (Row row : rows) {
      text.append(line(row)).append('\n');
    }
    Path file = Path.of("target", "benchmarks", name + ".md");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(text);
    return file;
  }

  private static String line(Row row) {
    if (Double.isNaN(row.baseline())) {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %.1f | (none) | %s | |",
          row.figure(),
          row.database(),
          row.ours(),
          row.unit());
    }
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.1f | %.1f | %s | %.2f |",
        row.figure(),
        row.database(),
        row.ours(),
        row.baseline(),
        row.unit(),
        row.ratio());
  }

  static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "Machine: %d cores, max heap %d MiB, Java %s, %s %s.",
        runtime.availableProcessors(),
        runtime.maxMemory() / (1024 * 1024),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }
}
