package org.fairchance.system;

import org.fairchance.reminders.MailOutbox;
import org.fairchance.reminders.OutboxMessage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The managers' start page and our sign-in page. */
@Controller
class ManagerHome {

  private final MailOutbox outbox;

  ManagerHome(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/manage")
  String home(Model model) {
    model.addAttribute("failedMail", outbox.countByStatus().get(OutboxMessage.Status.FAILED));
    return "manage/index";
  }
}
