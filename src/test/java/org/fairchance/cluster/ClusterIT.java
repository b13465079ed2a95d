package org.fairchance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.reminders.OutboxSender;
import org.fairchance.support.EngineRest;
import org.fairchance.support.EngineTime;
import org.fairchance.support.PostgresDatabase;
import org.fairchance.support.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two application nodes, each a JVM of its own running the packaged jar, on one PostgreSQL
 * database, both running the job executor, the mail sender and the reminder sweep: Camunda 7's
 * cluster model. The tests run in order, as the life of one set of journeys: their task mail goes
 * out once, their reminders go out once, and when one node dies in the middle of firing their
 * timers the other finishes the work once the dead node's locks expire.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  static final int JOURNEYS = 60;
  static final Duration LOCK_TIME = Duration.ofSeconds(15);
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "Cluster!Test-Passw0rd";
  static final ObjectMapper json = new ObjectMapper();

  static SmtpServer smtp;
  static ApplicationNode nodeA;
  static ApplicationNode nodeB;
  static JdbcTemplate database;

  @BeforeAll
  static void startCluster() throws Exception {
    PostgresDatabase.reset();
    smtp = new SmtpServer().start();
    database =
        new JdbcTemplate(
            new DriverManagerDataSource(
                PostgresDatabase.jdbcUrl(), PostgresDatabase.USER, PostgresDatabase.PASSWORD));
    // The first node creates the schema; the second joins an installed database, as in production.
    // Node A takes many jobs at a time and runs them on one thread, so that when it dies it holds
    // locks on timers it has not fired yet; node B looks for jobs less often.
    nodeA =
        ApplicationNode.start(
                "node-a",
                settings(
                    "camunda.bpm.job-execution.core-pool-size=1",
                    "camunda.bpm.job-execution.max-pool-size=1",
                    "camunda.bpm.job-execution.queue-capacity=200",
                    "camunda.bpm.job-execution.max-jobs-per-acquisition=200",
                    "camunda.bpm.job-execution.wait-time-in-millis=500",
                    "camunda.bpm.job-execution.max-wait=500"))
            .awaitHealthy(Duration.ofMinutes(3));
    nodeB =
        ApplicationNode.start(
                "node-b",
                settings(
                    "camunda.bpm.job-execution.wait-time-in-millis=3000",
                    "camunda.bpm.job-execution.max-wait=3000"))
            .awaitHealthy(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (ApplicationNode node : new ApplicationNode[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static List<String> settings(String... nodeSettings) {
    List<String> settings = new ArrayList<>(PostgresDatabase.applicationProperties());
    settings.addAll(
        List.of(
            "spring.profiles.active=postgres",
            "FAIRCHANCE_ADMIN_USER=" + ADMIN,
            "FAIRCHANCE_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
            "FAIRCHANCE_LINK_SECRET=" + "c".repeat(40),
            "MAIL_HOST=127.0.0.1",
            "MAIL_PORT=" + smtp.port(),
            "fairchance.mail.poll-interval=1s",
            "fairchance.mail.claim-timeout=15s",
            "fairchance.reminders.sweep-interval=2s",
            // Open every hour of every day, so that reminders are not held for office hours.
            "fairchance.business-hours.opens=00:00",
            "fairchance.business-hours.closes=23:59",
            "fairchance.business-hours.workdays=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
            "fairchance.business-hours.holidays=2099-01-01",
            "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis()));
    settings.addAll(List.of(nodeSettings));
    return settings;
  }

  @Test
  @Order(1)
  void journeysStartedOnEitherNodeMailEachEmployerOnce() throws Exception {
    for (int i = 0; i < JOURNEYS; i++) {
      ApplicationNode node = i % 2 == 0 ? nodeA : nodeB;
      HttpResponse<String> started =
          rest(node)
              .postJson(
                  "/engine-rest/process-definition/key/" + EmployerOnboardingProcess.KEY + "/start",
                  variables(
                      Map.of(
                          Variables.EMPLOYER_NAME,
                          "Cluster Employer " + i,
                          Variables.CONTACT_NAME,
                          "Contact " + i,
                          Variables.CONTACT_EMAIL,
                          employer(i),
                          Variables.CONTACT_PHONE,
                          "816-555-0199",
                          Variables.COUNTY,
                          "Jackson",
                          Variables.INDUSTRY,
                          "manufacturing",
                          Variables.EMPLOYEE_COUNT,
                          40)));
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }
    JsonNode reviews =
        json.readTree(
            rest(nodeA)
                .get(
                    "/engine-rest/task?maxResults=1000&taskDefinitionKey="
                        + Elements.TASK_REVIEW_ELIGIBILITY)
                .body());
    assertThat(reviews).hasSize(JOURNEYS);
    int i = 0;
    for (JsonNode review : reviews) {
      ApplicationNode node = i++ % 2 == 0 ? nodeB : nodeA;
      HttpResponse<String> completed =
          rest(node)
              .postJson(
                  "/engine-rest/task/" + review.get("id").asText() + "/complete",
                  variables(
                      Map.of(
                          Variables.ELIGIBILITY_DECISION,
                          EmployerOnboardingProcess.Values.MORE_INFORMATION,
                          Variables.INFORMATION_REQUEST,
                          "Which roles do you hire for?")));
      assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    }

    Map<String, Long> taskMails = awaitMails("Provide more information", JOURNEYS);

    assertThat(taskMails).hasSize(JOURNEYS).allSatisfy((to, count) -> assertThat(count).isOne());
    assertEveryOutboxMessageArrivedOnce();
  }

  @Test
  @Order(2)
  void bothNodesSweepButEachOverdueEmployerIsRemindedOnce() throws Exception {
    database.update(
        "UPDATE act_ru_task SET due_date_ = ? WHERE task_def_key_ = ?",
        engineTime(Instant.now().minus(Duration.ofDays(3))),
        Elements.TASK_PROVIDE_MORE_INFORMATION);

    Map<String, Long> reminders = awaitMails("We are still waiting", JOURNEYS);
    Thread.sleep(6_000); // three more sweeps on each node
    reminders = mailsBySubject("We are still waiting");

    assertThat(reminders).hasSize(JOURNEYS).allSatisfy((to, count) -> assertThat(count).isOne());
    assertEveryOutboxMessageArrivedOnce();
  }

  @Test
  @Order(3)
  void whenANodeDiesWhileFiringTimersTheOtherFinishesOnceItsLocksExpire() throws Exception {
    int timers =
        database.update(
            """
            UPDATE act_ru_job SET duedate_ = ?
            WHERE job_def_id_ IN (SELECT id_ FROM act_ru_jobdef WHERE act_id_ = ?)
            """,
            engineTime(Instant.now().minus(Duration.ofMinutes(1))),
            Elements.BOUNDARY_APPLICANT_SILENT);
    assertThat(timers).isEqualTo(JOURNEYS);

    awaitCount("timers fired", 1, Duration.ofMinutes(1));
    nodeA.kill();
    Instant killed = Instant.now();
    int lockedByTheDeadNode =
        database.queryForObject(
            "SELECT count(*) FROM act_ru_job WHERE lock_exp_time_ > ? AND job_def_id_ IN"
                + " (SELECT id_ FROM act_ru_jobdef WHERE act_id_ = ?)",
            Integer.class,
            engineTime(killed),
            Elements.BOUNDARY_APPLICANT_SILENT);

    awaitCount("timers fired", JOURNEYS, LOCK_TIME.plus(Duration.ofSeconds(60)));
    Duration finishedAfter = Duration.between(killed, Instant.now());
    System.out.printf(
        "Node A killed holding %d locked timers; node B finished all %d after %d s (lock time %d"
            + " s)%n",
        lockedByTheDeadNode, JOURNEYS, finishedAfter.toSeconds(), LOCK_TIME.toSeconds());

    assertThat(lockedByTheDeadNode)
        .as("timers the dead node had locked but not fired")
        .isPositive();
    assertThat(
            database.queryForList(
                "SELECT proc_inst_id_ FROM act_hi_actinst WHERE act_id_ = ?"
                    + " GROUP BY proc_inst_id_ HAVING count(*) > 1",
                String.class,
                Elements.BOUNDARY_APPLICANT_SILENT))
        .as("journeys whose timer fired twice")
        .isEmpty();
    assertThat(
            database.queryForObject(
                "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = ?",
                Integer.class,
                Elements.TASK_FOLLOW_UP_SILENT_APPLICANT))
        .as("coordinator follow-ups, one per journey")
        .isEqualTo(JOURNEYS);
    assertThat(
            database.queryForObject(
                "SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL", Integer.class))
        .as("jobs that failed")
        .isZero();
  }

  private static void awaitCount(String what, int expected, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    int fired = 0;
    while (Instant.now().isBefore(deadline)) {
      fired =
          database.queryForObject(
              "SELECT count(*) FROM act_hi_actinst WHERE act_id_ = ? AND end_time_ IS NOT NULL",
              Integer.class,
              Elements.BOUNDARY_APPLICANT_SILENT);
      if (fired >= expected) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(what + ": " + fired + " of " + expected + " after " + timeout);
  }

  private static Map<String, Long> awaitMails(String subjectPart, int recipients) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    Map<String, Long> mails = Map.of();
    while (Instant.now().isBefore(deadline)) {
      mails = mailsBySubject(subjectPart);
      if (mails.size() >= recipients) {
        return mails;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "Mail \"" + subjectPart + "\" reached " + mails.size() + " of " + recipients);
  }

  /** Mail whose subject contains the given words, counted by recipient. */
  private static Map<String, Long> mailsBySubject(String subjectPart) throws MessagingException {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (MimeMessage message : smtp.received()) {
      if (message.getSubject().contains(subjectPart)) {
        counts.merge(message.getAllRecipients()[0].toString(), 1L, Long::sum);
      }
    }
    return counts;
  }

  private static void assertEveryOutboxMessageArrivedOnce() {
    Map<String, Long> byOutboxId =
        smtp.received().stream()
            .map(m -> SmtpServer.header(m, OutboxSender.OUTBOX_ID_HEADER))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(byOutboxId).allSatisfy((id, count) -> assertThat(count).as(id).isOne());
  }

  /**
   * A moment as the nodes write it: the engine's columns hold local time without a zone, and the
   * application runs in the chamber's time zone.
   */
  private static java.sql.Timestamp engineTime(Instant moment) {
    return java.sql.Timestamp.valueOf(
        java.time.LocalDateTime.ofInstant(moment, EngineTime.CHAMBER_ZONE));
  }

  private static String employer(int i) {
    return "cluster" + i + "@employer.example";
  }

  private static EngineRest rest(ApplicationNode node) {
    return EngineRest.as(node.port(), ADMIN, ADMIN_PASSWORD);
  }

  private static String variables(Map<String, Object> values) throws Exception {
    ObjectNode body = json.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    values.forEach((name, value) -> variables.putObject(name).putPOJO("value", value));
    return json.writeValueAsString(body);
  }
}
