package org.fairchance.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fairchance.FairChanceApplication;
import org.fairchance.support.PostgresDatabase;
import org.fairchance.support.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Two senders, each with its own connections, on one PostgreSQL outbox, as two application nodes
 * would run them: every message reaches the SMTP server exactly once.
 */
class TwoSendersIT {

  static final int MESSAGES = 400;
  static final SmtpServer smtp = new SmtpServer().start();
  static ConfigurableApplicationContext node;
  static HikariDataSource secondNodeConnections;

  @BeforeAll
  static void startNode() {
    PostgresDatabase.reset();
    List<String> properties = new ArrayList<>(PostgresDatabase.applicationProperties());
    properties.add("server.port=0");
    properties.add("FAIRCHANCE_ADMIN_PASSWORD=Str0ng!Passw0rd-26");
    properties.add("FAIRCHANCE_LINK_SECRET=" + "s".repeat(40));
    properties.add("MAIL_HOST=127.0.0.1");
    properties.add("MAIL_PORT=" + smtp.port());
    properties.add("fairchance.mail.scheduled=false");
    properties.add("fairchance.reminders.scheduled=false");
    properties.add("fairchance.mail.batch-size=20");
    node =
        new SpringApplicationBuilder(FairChanceApplication.class)
            .profiles("postgres")
            .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    secondNodeConnections = new HikariDataSource();
    secondNodeConnections.setJdbcUrl(PostgresDatabase.jdbcUrl());
    secondNodeConnections.setUsername(PostgresDatabase.USER);
    secondNodeConnections.setPassword(PostgresDatabase.PASSWORD);
  }

  @AfterAll
  static void stop() {
    secondNodeConnections.close();
    node.close();
    smtp.stop();
  }

  @Test
  void twoSendersOnOneDatabaseDeliverEachMessageOnce() throws Exception {
    MailOutbox firstOutbox = node.getBean(MailOutbox.class);
    for (int i = 0; i < MESSAGES; i++) {
      firstOutbox.enqueue(
          new MailRequest(
              "application-accepted",
              "employer" + i + "@example.org",
              "FC-TWO-" + i,
              null,
              Map.of("employerName", "Employer " + i, "contactName", "Contact " + i),
              "two-senders:" + i,
              null));
    }
    OutboxSender first = node.getBean(OutboxSender.class);
    MailOutbox secondOutbox =
        new MailOutbox(
            new JdbcTemplate(secondNodeConnections),
            node.getBean(com.fasterxml.jackson.databind.ObjectMapper.class),
            node.getBean(Clock.class));
    OutboxSender second =
        new OutboxSender(
            secondOutbox,
            node.getBean(MailTemplates.class),
            node.getBeanProvider(JavaMailSender.class),
            node.getBean(MailProperties.class),
            node.getBean(Clock.class));

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<Integer>> attempts = new ArrayList<>();
    for (OutboxSender sender : List.of(first, second)) {
      attempts.add(
          nodes.submit(
              (Callable<Integer>)
                  () -> {
                    go.await();
                    return sender.deliverDue();
                  }));
    }
    go.countDown();
    int attempted = 0;
    for (Future<Integer> result : attempts) {
      attempted += result.get();
    }
    nodes.shutdown();

    List<String> delivered =
        smtp.received().stream()
            .map(m -> SmtpServer.header(m, OutboxSender.OUTBOX_ID_HEADER))
            .toList();
    assertThat(delivered).hasSize(MESSAGES).doesNotHaveDuplicates();
    assertThat(attempted).isEqualTo(MESSAGES);
    assertThat(attempts.get(0).get()).as("the first node sent some").isPositive();
    assertThat(attempts.get(1).get()).as("the second node sent some").isPositive();
    assertThat(firstOutbox.countByStatus())
        .containsEntry(OutboxMessage.Status.SENT, (long) MESSAGES);
  }

  @Test
  void aSenderWhoseClaimExpiredAndWasTakenOverNeitherSendsNorResetsTheMessage() throws Exception {
    MailOutbox firstOutbox = node.getBean(MailOutbox.class);
    MailOutbox secondOutbox =
        new MailOutbox(
            new JdbcTemplate(secondNodeConnections),
            node.getBean(com.fasterxml.jackson.databind.ObjectMapper.class),
            node.getBean(Clock.class));
    firstOutbox.enqueue(
        new MailRequest(
            "application-accepted",
            "slow@example.org",
            "FC-SLOW-1",
            null,
            Map.of("employerName", "Slow Sender Inc", "contactName", "Pat"),
            "slow-sender:1",
            null));
    List<OutboxMessage> slow = firstOutbox.claimDue(1, java.time.Duration.ofMillis(1));
    Thread.sleep(20);
    List<OutboxMessage> takenOver = secondOutbox.claimDue(1, java.time.Duration.ofMinutes(2));

    assertThat(takenOver).extracting(OutboxMessage::id).isEqualTo(List.of(slow.get(0).id()));
    assertThat(
            firstOutbox.renewClaim(
                slow.get(0).id(), slow.get(0).claimToken(), java.time.Duration.ofMinutes(2)))
        .as("the slow sender's claim is gone, so it does not send")
        .isFalse();
    firstOutbox.markFailed(slow.get(0), "late failure of the slow sender", null);
    assertThat(firstOutbox.find(slow.get(0).id()).status())
        .as("the slow sender's failure does not undo the takeover")
        .isEqualTo(OutboxMessage.Status.SENDING);
    assertThat(
            secondOutbox.renewClaim(
                takenOver.get(0).id(),
                takenOver.get(0).claimToken(),
                java.time.Duration.ofMinutes(2)))
        .isTrue();
  }
}
