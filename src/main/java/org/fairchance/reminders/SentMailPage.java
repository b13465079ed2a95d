package org.fairchance.reminders;

import java.util.List;
import java.util.Map;
import org.fairchance.reminders.OutboxMessage.Status;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Sent mail" for managers: every message in the outbox, its state and last error, the message as
 * it reads, and a way to send a failed one again. In a run without a mail server it shows what the
 * program would have sent.
 */
@Controller
class SentMailPage {

  private static final int PAGE_SIZE = 50;

  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final ObjectProvider<JavaMailSender> smtp;

  SentMailPage(MailOutbox outbox, MailTemplates templates, ObjectProvider<JavaMailSender> smtp) {
    this.outbox = outbox;
    this.templates = templates;
    this.smtp = smtp;
  }

  @GetMapping("/manage/mail")
  String list(
      @RequestParam(name = "status", required = false) Status status,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    int current = Math.max(0, page);
    List<OutboxMessage> messages = outbox.recent(status, PAGE_SIZE + 1, current * PAGE_SIZE);
    model.addAttribute("messages", messages.stream().limit(PAGE_SIZE).toList());
    model.addAttribute("hasNext", messages.size() > PAGE_SIZE);
    model.addAttribute("page", current);
    model.addAttribute("status", status);
    Map<Status, Long> counts = outbox.countByStatus();
    model.addAttribute(
        "filters",
        counts.entrySet().stream()
            .map(e -> new StatusFilter(e.getKey(), label(e.getKey()), e.getValue()))
            .toList());
    model.addAttribute("failed", counts.get(Status.FAILED));
    model.addAttribute("mailServer", smtp.getIfAvailable() != null);
    return "manage/mail";
  }

  @GetMapping("/manage/mail/{id}")
  String show(@PathVariable String id, Model model) {
    OutboxMessage message = found(id);
    model.addAttribute("message", message);
    try {
      model.addAttribute(
          "mail", templates.render(message.kind(), message.businessKey(), message.model()));
    } catch (RuntimeException cannotRender) {
      model.addAttribute("renderError", cannotRender.getMessage());
    }
    return "manage/mail-message";
  }

  /** The HTML version as the recipient's mail program shows it, with the mail's inline styles. */
  @GetMapping(value = "/manage/mail/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> html(@PathVariable String id) {
    OutboxMessage message = found(id);
    RenderedMail mail = templates.render(message.kind(), message.businessKey(), message.model());
    return ResponseEntity.ok()
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'")
        .body(mail.html());
  }

  @PostMapping("/manage/mail/{id}/retry")
  String retry(@PathVariable String id, RedirectAttributes redirect) {
    found(id);
    boolean queued = outbox.retry(id);
    redirect.addFlashAttribute(
        "notice",
        queued
            ? "The message will be sent again shortly."
            : "Only failed messages can be sent again.");
    return "redirect:/manage/mail/" + id;
  }

  record StatusFilter(Status status, String label, long count) {}

  static String label(Status status) {
    return switch (status) {
      case PENDING -> "Waiting";
      case SENDING -> "Sending";
      case SENT -> "Sent";
      case FAILED -> "Failed";
    };
  }

  private OutboxMessage found(String id) {
    OutboxMessage message = outbox.find(id);
    if (message == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such message");
    }
    return message;
  }
}
