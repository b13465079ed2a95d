package org.fairchance.benchmarks;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fairchance.reminders.MailProperties;
import org.fairchance.reminders.MailTemplates;
import org.fairchance.reminders.RenderedMail;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The mail baseline: messages rendered by the application's templates and sent by its
 * JavaMailSender in batches of the outbox's batch size, with no database involved.
 */
final class DirectSending {

  /** Sends {@code count} application-accepted mails; returns the seconds it took. */
  static double send(ApplicationContext app, int count) throws MessagingException {
    MailTemplates templates = app.getBean(MailTemplates.class);
    MailProperties properties = app.getBean(MailProperties.class);
    JavaMailSender mailSender = app.getBean(JavaMailSender.class);
    long start = System.nanoTime();
    List<MimeMessage> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RenderedMail mail =
          templates.render(
              "application-accepted",
              "FC-DIRECT-" + i,
              Map.of("employerName", "Employer " + i, "contactName", "Contact " + i));
      MimeMessage mime = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
      helper.setFrom(properties.from());
      helper.setReplyTo(properties.replyTo());
      helper.setTo("employer" + i + "@bench.example");
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      batch.add(mime);
      if (batch.size() == properties.batchSize() || i == count - 1) {
        mailSender.send(batch.toArray(MimeMessage[]::new));
        batch.clear();
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private DirectSending() {}
}
