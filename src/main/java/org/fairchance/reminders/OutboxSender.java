package org.fairchance.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP. Runs on every node: each claims its own batches. A failed send is
 * retried later with growing pauses ({@code fairchance.mail.retry-delays}), then marked failed for
 * staff to look at; a mail server that is down only delays mail. Without a configured mail server
 * ({@code spring.mail.host}) it does nothing and mail waits in the outbox.
 */
@Component
public class OutboxSender {

  /** Header carrying the outbox id, so a receiving system can recognise a repeated delivery. */
  public static final String OUTBOX_ID_HEADER = "X-Fairchance-Outbox-Id";

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final ObjectProvider<JavaMailSender> smtp;
  private final MailProperties properties;
  private final Clock clock;

  /** Public so that tests and benchmarks can build a second node's sender. */
  public OutboxSender(
      MailOutbox outbox,
      MailTemplates templates,
      ObjectProvider<JavaMailSender> smtp,
      MailProperties properties,
      Clock clock) {
    this.outbox = outbox;
    this.templates = templates;
    this.smtp = smtp;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${fairchance.mail.poll-interval:5s}",
      initialDelayString = "${fairchance.mail.poll-interval:5s}")
  void poll() {
    if (properties.scheduled()) {
      deliverDue();
    }
  }

  /** Sends every message that is due; returns how many were attempted. */
  public int deliverDue() {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int attempted = 0;
    List<OutboxMessage> batch;
    do {
      batch = outbox.claimDue(properties.batchSize(), properties.claimTimeout());
      deliver(sender, batch);
      attempted += batch.size();
    } while (!batch.isEmpty());
    return attempted;
  }

  /**
   * Sends a claimed batch one message at a time over one connection. Just before each message goes
   * out the claim on it is renewed; a message whose claim expired and was taken over by another
   * sender is left to that sender, so a slow batch never makes two nodes send one message.
   */
  private void deliver(JavaMailSender sender, List<OutboxMessage> batch) {
    int sent = 0;
    try (SmtpConnection connection = new SmtpConnection(sender)) {
      for (int i = 0; i < batch.size(); i++) {
        OutboxMessage message = batch.get(i);
        RenderedMail mail;
        MimeMessage mime;
        try {
          mail = templates.render(message.kind(), message.businessKey(), message.model());
          mime = mime(sender, message, mail);
        } catch (RuntimeException | MessagingException cannotBuild) {
          // A template or address problem does not get better by waiting: staff must look.
          log.warn(
              "Mail {} ({}) cannot be built: {}",
              message.id(),
              message.kind(),
              cannotBuild.getMessage());
          outbox.markFailed(message, "Cannot build the message: " + cannotBuild.getMessage(), null);
          continue;
        }
        if (!outbox.renewClaim(message.id(), message.claimToken(), properties.claimTimeout())) {
          log.info("Mail {} was taken over by another sender: not sending it here", message.id());
          continue;
        }
        try {
          connection.send(mime);
          outbox.markSent(message.id(), mail.subject());
          sent++;
        } catch (MessagingException | MailException failed) {
          retryLater(message, failed);
          if (connection.broken()) {
            // The server is unreachable: the rest of the batch waits for its next attempt.
            batch.subList(i + 1, batch.size()).forEach(rest -> retryLater(rest, failed));
            break;
          }
        }
      }
    }
    log.debug("Sent {} of {} mails", sent, batch.size());
  }

  private void retryLater(OutboxMessage message, Exception error) {
    int attempt = message.attempts();
    List<Duration> delays = properties.retryDelays();
    Instant retryAt =
        attempt <= delays.size() ? Instant.now(clock).plus(delays.get(attempt - 1)) : null;
    log.warn(
        "Mail {} ({}) to the mail server failed, attempt {}: {}{}",
        message.id(),
        message.kind(),
        attempt,
        error.getMessage(),
        retryAt == null ? "; giving up, staff can send it again from Sent mail" : "");
    outbox.markFailed(message, error.getMessage(), retryAt);
  }

  private MimeMessage mime(JavaMailSender sender, OutboxMessage message, RenderedMail mail)
      throws MessagingException {
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(properties.from());
    helper.setReplyTo(properties.replyTo());
    helper.setTo(message.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.text(), mail.html());
    mime.setHeader(OUTBOX_ID_HEADER, message.id());
    return mime;
  }
}
