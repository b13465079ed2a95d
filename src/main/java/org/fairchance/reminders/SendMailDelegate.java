package org.fairchance.reminders;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Records a mail in the outbox. Used by every "Send ... mail" service task of the journey as {@code
 * ${sendMailDelegate}}, with input parameters {@code mailKind} (the template) and {@code recipient}
 * ({@code employer}, {@code coordinator} or {@code officer}; employer when absent). Mark such tasks
 * async, so a failure retries as a job instead of undoing a person's work.
 */
@Component
public class SendMailDelegate implements JavaDelegate {

  public static final String MAIL_KIND = "mailKind";
  public static final String RECIPIENT = "recipient";

  private final MailOutbox outbox;
  private final IdentityService identityService;
  private final MailProperties properties;

  SendMailDelegate(MailOutbox outbox, IdentityService identityService, MailProperties properties) {
    this.outbox = outbox;
    this.identityService = identityService;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kind = (String) execution.getVariableLocal(MAIL_KIND);
    MailRecipient recipient = MailRecipient.parse((String) execution.getVariableLocal(RECIPIENT));
    outbox.enqueue(
        new MailRequest(
            kind,
            address(recipient, execution),
            execution.getProcessBusinessKey(),
            execution.getProcessInstanceId(),
            model(execution),
            execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId()));
  }

  private String address(MailRecipient recipient, DelegateExecution execution) {
    return switch (recipient) {
      case EMPLOYER -> (String) execution.getVariable(Variables.CONTACT_EMAIL);
      case OFFICER -> (String) execution.getVariable(Variables.OFFICER_EMAIL);
      case COORDINATOR -> coordinatorAddress((String) execution.getVariable(Variables.COORDINATOR));
    };
  }

  private String coordinatorAddress(String coordinator) {
    if (coordinator != null) {
      User user = identityService.createUserQuery().userId(coordinator).singleResult();
      if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
        return user.getEmail();
      }
    }
    return properties.staffAddress();
  }

  /** The journey's plain values (text, numbers, dates, yes/no) for the template. */
  private static Map<String, Object> model(DelegateExecution execution) {
    Map<String, Object> model = new LinkedHashMap<>();
    execution
        .getVariables()
        .forEach(
            (name, value) -> {
              if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                model.put(name, value);
              } else if (value instanceof Date date) {
                model.put(name, date.toInstant().toString());
              }
            });
    model.put("businessKey", execution.getProcessBusinessKey());
    return model;
  }
}
