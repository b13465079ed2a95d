package org.fairchance.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.reminders.OutboxMessage.Status;
import org.fairchance.support.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The outbox against a real SMTP server that works, goes down and comes back. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OutboxDeliveryIT {

  static final SmtpServer smtp = new SmtpServer().start();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", smtp::port);
    properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    properties.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    properties.add("fairchance.mail.scheduled", () -> "false");
    properties.add("fairchance.reminders.scheduled", () -> "false");
  }

  @Autowired MailOutbox outbox;
  @Autowired OutboxSender sender;
  @Autowired EmployerJourneys journeys;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired MailProperties mailProperties;
  @Autowired MockMvc mvc;

  @AfterEach
  void serverUpAndClockBack() {
    if (!smtp.running()) {
      smtp.start();
    }
    smtp.purge();
    ClockUtil.reset();
  }

  @Test
  void deliversEachRecordedMessageOnceEvenWhenTheSenderRunsAgain() {
    List<String> ids = List.of(record("FC-OUT-1"), record("FC-OUT-2"), record("FC-OUT-3"));

    sender.deliverDue();
    sender.deliverDue();

    List<MimeMessage> received = mine(ids);
    assertThat(received).hasSize(3);
    assertThat(received)
        .extracting(m -> SmtpServer.header(m, OutboxSender.OUTBOX_ID_HEADER))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(ids).allSatisfy(id -> assertThat(outbox.find(id).status()).isEqualTo(Status.SENT));
  }

  @Test
  void recordingTheSameMessageTwiceKeepsOne() {
    String dedupKey = "test:" + UUID.randomUUID();

    boolean first = outbox.enqueue(request("FC-DUP", dedupKey));
    boolean second = outbox.enqueue(request("FC-DUP", dedupKey));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
  }

  @Test
  void aMailServerThatIsDownDelaysMailButNeitherBlocksNorLosesTheJourney() throws Exception {
    smtp.stop();
    String businessKey = journeys.start(application("Harbor Metalworks"));
    var review =
        taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();

    taskService.complete(
        review.getId(),
        Map.of(
            Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.DECLINED,
            Variables.ELIGIBILITY_COMMENT,
            "Not a chamber member yet"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .finished()
                        .count()
                    == 1);
    sender.deliverDue();

    OutboxMessage waiting = only(businessKey);
    assertThat(waiting.status()).isEqualTo(Status.PENDING);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.lastError()).isNotBlank();
    assertThat(waiting.nextAttemptAt()).isAfter(Instant.now());

    smtp.start();
    ClockUtil.setCurrentTime(
        Date.from(Instant.now().plus(mailProperties.retryDelays().get(0)).plusSeconds(5)));
    sender.deliverDue();
    sender.deliverDue();

    assertThat(only(businessKey).status()).isEqualTo(Status.SENT);
    List<MimeMessage> received = mine(List.of(waiting.id()));
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject())
        .isEqualTo("About your application to the fair-chance hiring initiative");
    assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo("hr@harbor.example");
  }

  @Test
  void aMessageThatKeepsFailingWaitsForStaffWhoSendItAgain() throws Exception {
    smtp.stop();
    String id = record("FC-OUT-FAIL");
    Instant now = Instant.now();
    sender.deliverDue();
    for (Duration delay : mailProperties.retryDelays()) {
      now = now.plus(delay).plusSeconds(1);
      ClockUtil.setCurrentTime(Date.from(now));
      sender.deliverDue();
    }
    assertThat(outbox.find(id).status()).isEqualTo(Status.FAILED);
    assertThat(outbox.find(id).attempts()).isEqualTo(mailProperties.retryDelays().size() + 1);

    mvc.perform(get("/manage/mail/" + id).with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Send again")));
    mvc.perform(post("/manage/mail/" + id + "/retry").with(httpBasic("manager", "manager")))
        .andExpect(status().isForbidden()); // no CSRF token
    mvc.perform(
            post("/manage/mail/" + id + "/retry").with(httpBasic("staff", "staff")).with(csrf()))
        .andExpect(status().isForbidden()); // not a manager
    mvc.perform(
            post("/manage/mail/" + id + "/retry")
                .with(httpBasic("manager", "manager"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    smtp.start();
    sender.deliverDue();

    assertThat(outbox.find(id).status()).isEqualTo(Status.SENT);
    assertThat(mine(List.of(id))).hasSize(1);
  }

  private String record(String businessKey) {
    String dedupKey = "test:" + UUID.randomUUID();
    assertThat(outbox.enqueue(request(businessKey, dedupKey))).isTrue();
    return only(businessKey).id();
  }

  private static MailRequest request(String businessKey, String dedupKey) {
    return new MailRequest(
        "application-accepted",
        "dana@acme.example",
        businessKey,
        null,
        Map.of("employerName", "Acme Tools", "contactName", "Dana"),
        dedupKey,
        null);
  }

  private OutboxMessage only(String businessKey) {
    List<OutboxMessage> messages =
        outbox.recent(null, 1000, 0).stream()
            .filter(m -> businessKey.equals(m.businessKey()))
            .toList();
    assertThat(messages).hasSize(1);
    return messages.get(0);
  }

  private static List<MimeMessage> mine(List<String> ids) {
    return smtp.received().stream()
        .filter(m -> ids.contains(SmtpServer.header(m, OutboxSender.OUTBOX_ID_HEADER)))
        .toList();
  }

  private static Map<String, Object> application(String employer) {
    return Map.of(
        Variables.EMPLOYER_NAME, employer,
        Variables.CONTACT_NAME, "Robin Lee",
        Variables.CONTACT_EMAIL, "hr@harbor.example",
        Variables.COUNTY, "Jackson",
        Variables.INDUSTRY, "manufacturing",
        Variables.EMPLOYEE_COUNT, 80);
  }
}
