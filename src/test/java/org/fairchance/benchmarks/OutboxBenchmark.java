package org.fairchance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.fairchance.benchmarks.BenchmarkApplication.Database;
import org.fairchance.benchmarks.BenchmarkReport.Row;
import org.fairchance.reminders.MailOutbox;
import org.fairchance.reminders.MailProperties;
import org.fairchance.reminders.MailRequest;
import org.fairchance.reminders.MailTemplates;
import org.fairchance.reminders.OutboxSender;
import org.fairchance.support.PostgresDatabase;
import org.fairchance.support.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Outbox delivery throughput: 10,000 queued messages delivered to a local SMTP server (GreenMail in
 * this JVM), by one sender and by two senders with their own connections (two nodes), against the
 * baseline of sending the same rendered messages straight to the same server in batches of the same
 * size, without the outbox's bookkeeping.
 */
class OutboxBenchmark {

  static final int MESSAGES = Integer.getInteger("benchmark.messages", 10_000);
  static final SmtpServer smtp = new SmtpServer().start();
  static final BenchmarkReport report =
      new BenchmarkReport(
          "outbox",
          "Method: "
              + MESSAGES
              + " messages of kind application-accepted, each recorded in the outbox and then"
              + " delivered by OutboxSender.deliverDue() (batches of 50) to GreenMail on"
              + " localhost. Baseline: the same messages rendered by the same templates and sent"
              + " by the same JavaMailSender in batches of 50, with no database. Rates are"
              + " messages per second, the better of two rounds.");

  @TempDir Path dataDir;

  @AfterAll
  static void writeReport() {
    report.write();
    smtp.stop();
  }

  @Test
  void h2() throws Exception {
    measure(Database.H2);
  }

  @Test
  void postgres() throws Exception {
    PostgresDatabase.reset();
    measure(Database.POSTGRES);
  }

  private void measure(Database database) throws Exception {
    try (ConfigurableApplicationContext app =
        BenchmarkApplication.start(
            database,
            dataDir,
            "outbox-" + database.name().toLowerCase(),
            List.of(
                "MAIL_HOST=127.0.0.1",
                "MAIL_PORT=" + smtp.port(),
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp.port()))) {
      MailOutbox outbox = app.getBean(MailOutbox.class);
      OutboxSender sender = app.getBean(OutboxSender.class);
      sender.deliverDue();
      smtp.purge();

      double baseline = 0;
      double recording = 0;
      double oneSender = 0;
      double twoSenders = 0;
      for (int round = 1; round <= 2; round++) {
        baseline = Math.max(baseline, direct(app));
        String prefix = database + "-" + round + "-";
        long start = System.nanoTime();
        enqueue(outbox, prefix + "one-");
        recording = Math.max(recording, rate(start));
        start = System.nanoTime();
        int sent = sender.deliverDue();
        oneSender = Math.max(oneSender, rate(start));
        assertThat(sent).isEqualTo(MESSAGES);
        assertDelivered();

        enqueue(outbox, prefix + "two-");
        twoSenders = Math.max(twoSenders, twoSenders(app, sender));
        assertDelivered();
      }
      String db = database == Database.H2 ? "H2" : "PostgreSQL";
      report.add(new Row("Outbox delivery, one sender", db, oneSender, baseline, "msg/s", true));
      report.add(
          new Row(
              "Outbox delivery, two senders (two nodes)", db, twoSenders, baseline, "msg/s", true));
      report.add(Row.alone("Recording in the outbox (one thread)", db, recording, "msg/s"));
    }
  }

  private static double rate(long startNanos) {
    return MESSAGES / ((System.nanoTime() - startNanos) / 1e9);
  }

  private static void enqueue(MailOutbox outbox, String prefix) {
    for (int i = 0; i < MESSAGES; i++) {
      outbox.enqueue(
          new MailRequest(
              "application-accepted",
              "employer" + i + "@bench.example",
              "FC-BENCH-" + i,
              null,
              model(i),
              prefix + i,
              null));
    }
  }

  private static Map<String, Object> model(int i) {
    return Map.of("employerName", "Employer " + i, "contactName", "Contact " + i);
  }

  private void assertDelivered() {
    List<MimeMessage> received = smtp.received();
    assertThat(received).hasSize(MESSAGES);
    assertThat(
            received.stream()
                .map(m -> SmtpServer.header(m, OutboxSender.OUTBOX_ID_HEADER))
                .distinct())
        .hasSize(MESSAGES);
    smtp.purge();
  }

  /** The baseline: the same number of mails, rendered and sent without the outbox. */
  private double direct(ConfigurableApplicationContext app) throws Exception {
    double seconds = DirectSending.send(app, MESSAGES);
    assertThat(smtp.received()).hasSize(MESSAGES);
    smtp.purge();
    return MESSAGES / seconds;
  }

  /** A second sender with its own connection pool, as a second node has, racing the first. */
  private static double twoSenders(ConfigurableApplicationContext app, OutboxSender first)
      throws Exception {
    DataSource nodeOne = app.getBean(DataSource.class);
    try (HikariDataSource secondNode = new HikariDataSource()) {
      HikariDataSource template = (HikariDataSource) nodeOne;
      secondNode.setJdbcUrl(template.getJdbcUrl());
      secondNode.setUsername(template.getUsername());
      secondNode.setPassword(template.getPassword());
      secondNode.setMaximumPoolSize(5);
      OutboxSender second =
          new OutboxSender(
              new MailOutbox(
                  new JdbcTemplate(secondNode),
                  app.getBean(ObjectMapper.class),
                  app.getBean(Clock.class)),
              app.getBean(MailTemplates.class),
              app.getBeanProvider(JavaMailSender.class),
              app.getBean(MailProperties.class),
              app.getBean(Clock.class));
      ExecutorService nodes = Executors.newFixedThreadPool(2);
      try {
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (OutboxSender sender : List.of(first, second)) {
          results.add(nodes.submit((Callable<Integer>) sender::deliverDue));
        }
        int sent = 0;
        for (Future<Integer> result : results) {
          sent += result.get();
        }
        double rate = rate(start);
        assertThat(sent).isEqualTo(MESSAGES);
        return rate;
      } finally {
        nodes.shutdown();
      }
    }
  }
}
