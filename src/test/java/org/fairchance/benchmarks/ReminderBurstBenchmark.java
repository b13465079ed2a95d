package org.fairchance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.benchmarks.BenchmarkApplication.Database;
import org.fairchance.benchmarks.BenchmarkReport.Row;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.reminders.BusinessDays;
import org.fairchance.reminders.OutboxSender;
import org.fairchance.reminders.ReminderSweep;
import org.fairchance.support.EngineTime;
import org.fairchance.support.PostgresDatabase;
import org.fairchance.support.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reminder burst: 10,000 employers whose "Provide more information" task falls overdue at the
 * same moment. Measured from the moment the reminder sweep starts until every reminder has reached
 * the local SMTP server, on one node and on two nodes (PostgreSQL, both sweeping and sending).
 * Baseline: sending the same number of rendered mails straight to the same server.
 */
class ReminderBurstBenchmark {

  static final int EMPLOYERS = Integer.getInteger("benchmark.employers", 10_000);
  static final SmtpServer smtp = new SmtpServer().start();
  static final BenchmarkReport report =
      new BenchmarkReport(
          "reminder-burst",
          "Method: "
              + EMPLOYERS
              + " journeys started and sent back to the employer for more information (4 threads)."
              + " The engine clock is then moved past the due date: one node runs"
              + " ReminderSweep.sweep() then OutboxSender.deliverDue() until all first follow-ups"
              + " are delivered; then the clock moves to the second follow-up and two nodes"
              + " (PostgreSQL only: two application contexts on one database) sweep and send at"
              + " once. Times are seconds from the start of the sweep to the last delivery."
              + " Baseline: the same number of rendered mails sent straight to the server.");

  @TempDir Path dataDir;

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @AfterAll
  static void writeReport() {
    report.write();
    smtp.stop();
  }

  @Test
  void h2() throws Exception {
    try (ConfigurableApplicationContext node = start(Database.H2, "burst-h2")) {
      String db = "H2";
      Instant due = prepareJourneys(node);
      double baseline = baseline(node);
      moveClockTo(node, due, 1);
      double one = burst(List.of(node));
      report.add(new Row("Reminder burst, one node", db, one, baseline, "s", false));
    }
  }

  @Test
  void postgres() throws Exception {
    PostgresDatabase.reset();
    try (ConfigurableApplicationContext node = start(Database.POSTGRES, "burst-pg-1")) {
      String db = "PostgreSQL";
      Instant due = prepareJourneys(node);
      double baseline = baseline(node);
      moveClockTo(node, due, 1);
      double one = burst(List.of(node));
      report.add(new Row("Reminder burst, one node", db, one, baseline, "s", false));
      try (ConfigurableApplicationContext second = start(Database.POSTGRES, "burst-pg-2")) {
        moveClockTo(node, due, 5);
        double two = burst(List.of(node, second));
        report.add(new Row("Reminder burst, two nodes", db, two, baseline, "s", false));
      }
    }
  }

  private ConfigurableApplicationContext start(Database database, String engineName) {
    return BenchmarkApplication.start(
        database,
        dataDir,
        engineName,
        List.of(
            "MAIL_HOST=127.0.0.1",
            "MAIL_PORT=" + smtp.port(),
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + smtp.port()));
  }

  /** Starts the journeys; returns the latest due date of their employer tasks. */
  private static Instant prepareJourneys(ConfigurableApplicationContext node) throws Exception {
    TaskService tasks = node.getBean(TaskService.class);
    BenchmarkJourneys.start(
        node, 0, EMPLOYERS, "Burst Employer", (i, journey) -> askForMore(tasks, journey));
    List<Task> waiting =
        tasks
            .createTaskQuery()
            .taskDefinitionKey(EmployerOnboardingProcess.Elements.TASK_PROVIDE_MORE_INFORMATION)
            .orderByDueDate()
            .desc()
            .listPage(0, 1);
    assertThat(
            tasks
                .createTaskQuery()
                .taskDefinitionKey(EmployerOnboardingProcess.Elements.TASK_PROVIDE_MORE_INFORMATION)
                .count())
        .isEqualTo(EMPLOYERS);
    // The new-task mails are not part of the burst.
    new JdbcTemplate(node.getBean(javax.sql.DataSource.class))
        .update("UPDATE mail_outbox SET status = 'SENT' WHERE status = 'PENDING'");
    return waiting.get(0).getDueDate().toInstant();
  }

  /** Staff send the application back to the employer with a question. */
  private static void askForMore(TaskService tasks, String journey) {
    Task review =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(journey)
            .taskDefinitionKey(EmployerOnboardingProcess.Elements.TASK_REVIEW_ELIGIBILITY)
            .singleResult();
    tasks.complete(
        review.getId(),
        Map.of(
            Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.MORE_INFORMATION,
            Variables.INFORMATION_REQUEST,
            "Which roles do you hire for?"));
  }

  private static double baseline(ConfigurableApplicationContext node) throws Exception {
    smtp.purge();
    double seconds = DirectSending.send(node, EMPLOYERS);
    assertThat(smtp.received()).hasSize(EMPLOYERS);
    smtp.purge();
    return seconds;
  }

  /** Moves the engine clock to 11:00 on the business day {@code days} after the latest due date. */
  private static void moveClockTo(ConfigurableApplicationContext node, Instant due, int days) {
    BusinessDays businessDays = node.getBean(BusinessDays.class);
    Instant day = businessDays.plusBusinessDays(due, days);
    Instant eleven = day.atZone(EngineTime.CHAMBER_ZONE).with(LocalTime.of(11, 0)).toInstant();
    ClockUtil.setCurrentTime(Date.from(eleven.isBefore(day) ? day : eleven));
  }

  /** Sweeps and sends on every node at once; returns the seconds until all reminders arrived. */
  private static double burst(List<ConfigurableApplicationContext> nodes) throws Exception {
    smtp.purge();
    ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
    long start = System.nanoTime();
    List<Future<Integer>> work = new ArrayList<>();
    for (ConfigurableApplicationContext node : nodes) {
      ReminderSweep sweep = node.getBean(ReminderSweep.class);
      OutboxSender sender = node.getBean(OutboxSender.class);
      work.add(
          threads.submit(
              (Callable<Integer>)
                  () -> {
                    sweep.sweep();
                    return sender.deliverDue();
                  }));
    }
    int sent = 0;
    for (Future<Integer> done : work) {
      sent += done.get();
    }
    // A node that finished sweeping first may have found the other's messages still being swept.
    sent += nodes.get(0).getBean(OutboxSender.class).deliverDue();
    double seconds = (System.nanoTime() - start) / 1e9;
    threads.shutdown();
    long reminders =
        smtp.received().stream().filter(m -> subject(m).startsWith("We are still waiting")).count();
    assertThat(reminders).as("reminders delivered, each once").isEqualTo(EMPLOYERS);
    assertThat(
            smtp.received().stream()
                .map(m -> SmtpServer.header(m, OutboxSender.OUTBOX_ID_HEADER))
                .distinct()
                .count())
        .isEqualTo(smtp.received().size());
    assertThat(sent).isGreaterThanOrEqualTo(EMPLOYERS);
    smtp.purge();
    return seconds;
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
