package org.fairchance.reminders;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a mail in the outbox. Used by every "Send ... mail" service task of the journey as {@code
 * ${sendMailDelegate}}, with input parameters {@code mailKind} (the template) and {@code recipient}
 * ({@code employer}, {@code coordinator} or {@code officer}; employer when absent). Such tasks are
 * async, so a failure retries as a job instead of undoing a person's work.
 */
@Component
public class SendMailDelegate implements JavaDelegate {

  public static final String MAIL_KIND = "mailKind";
  public static final String RECIPIENT = "recipient";

  private final JourneyMail mail;

  SendMailDelegate(JourneyMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.record(
        (String) execution.getVariableLocal(MAIL_KIND),
        MailRecipient.parse((String) execution.getVariableLocal(RECIPIENT)),
        execution,
        execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(),
        // One mail per execution of this step: a loop that passes it again mails again.
        execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId(),
        null,
        Map.of());
  }
}
