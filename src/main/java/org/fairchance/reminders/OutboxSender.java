package org.fairchance.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
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

  OutboxSender(
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

  private void deliver(JavaMailSender sender, List<OutboxMessage> batch) {
    Map<MimeMessage, OutboxMessage> prepared = new IdentityHashMap<>();
    Map<OutboxMessage, String> subjects = new IdentityHashMap<>();
    for (OutboxMessage message : batch) {
      try {
        RenderedMail mail =
            templates.render(message.kind(), message.businessKey(), message.model());
        prepared.put(mime(sender, message, mail), message);
        subjects.put(message, mail.subject());
      } catch (RuntimeException | MessagingException cannotBuild) {
        // A template or address problem does not get better by waiting: staff must look.
        log.warn(
            "Mail {} ({}) cannot be built: {}",
            message.id(),
            message.kind(),
            cannotBuild.getMessage());
        outbox.markFailed(
            message.id(), "Cannot build the message: " + cannotBuild.getMessage(), null);
      }
    }
    if (prepared.isEmpty()) {
      return;
    }
    Map<Object, Exception> failed = new IdentityHashMap<>();
    try {
      sender.send(prepared.keySet().toArray(MimeMessage[]::new));
    } catch (MailSendException partly) {
      failed.putAll(partly.getFailedMessages());
      if (failed.isEmpty()) {
        prepared.keySet().forEach(m -> failed.put(m, partly));
      }
    } catch (MailException notAtAll) {
      prepared.keySet().forEach(m -> failed.put(m, notAtAll));
    }
    List<String> sent = new ArrayList<>();
    prepared.forEach(
        (mime, message) -> {
          Exception error = failed.get(mime);
          if (error == null) {
            outbox.markSent(message.id(), subjects.get(message));
            sent.add(message.id());
          } else {
            retryLater(message, error);
          }
        });
    log.debug("Sent {} of {} mails", sent.size(), prepared.size());
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
    outbox.markFailed(message.id(), error.getMessage(), retryAt);
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
