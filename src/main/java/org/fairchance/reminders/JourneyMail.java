package org.fairchance.reminders;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.springframework.stereotype.Service;

/**
 * Records a mail about an employer's journey in the outbox: finds the address for the recipient,
 * and takes the journey's plain values (text, numbers, yes/no, dates) as the template's model, with
 * the coordinator's name added.
 */
@Service
public class JourneyMail {

  private final MailOutbox outbox;
  private final IdentityService identityService;
  private final MailProperties properties;

  JourneyMail(MailOutbox outbox, IdentityService identityService, MailProperties properties) {
    this.outbox = outbox;
    this.identityService = identityService;
    this.properties = properties;
  }

  /**
   * @param scope the execution or task whose variables the mail shows
   * @param extra further values for the template (task name, due date, ...)
   * @return false when a mail with this deduplication key was recorded before
   */
  public boolean record(
      String kind,
      MailRecipient recipient,
      VariableScope scope,
      String businessKey,
      String processInstanceId,
      String dedupKey,
      Instant notBefore,
      Map<String, Object> extra) {
    return record(
        kind,
        recipient,
        scope.getVariables(),
        businessKey,
        processInstanceId,
        dedupKey,
        notBefore,
        extra);
  }

  /** As above, from the variables of a task or execution read outside the engine. */
  public boolean record(
      String kind,
      MailRecipient recipient,
      Map<String, Object> variables,
      String businessKey,
      String processInstanceId,
      String dedupKey,
      Instant notBefore,
      Map<String, Object> extra) {
    Map<String, Object> model = model(variables);
    model.putAll(plain(extra));
    return outbox.enqueue(
        new MailRequest(
            kind,
            address(recipient, variables),
            businessKey,
            processInstanceId,
            model,
            dedupKey,
            notBefore));
  }

  private String address(MailRecipient recipient, Map<String, Object> variables) {
    return switch (recipient) {
      case EMPLOYER -> (String) variables.get(Variables.CONTACT_EMAIL);
      case OFFICER -> (String) variables.get(Variables.OFFICER_EMAIL);
      case COORDINATOR -> staffAddress((String) variables.get(Variables.COORDINATOR));
    };
  }

  /** A staff member's e-mail, or the chamber's staff mailbox. */
  public String staffAddress(String userId) {
    User user =
        userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
    return user != null && user.getEmail() != null && !user.getEmail().isBlank()
        ? user.getEmail()
        : properties.staffAddress();
  }

  private Map<String, Object> model(Map<String, Object> variables) {
    Map<String, Object> model = plain(variables);
    String coordinator = (String) variables.get(Variables.COORDINATOR);
    User user =
        coordinator == null
            ? null
            : identityService.createUserQuery().userId(coordinator).singleResult();
    if (user != null) {
      model.put("coordinatorName", (user.getFirstName() + " " + user.getLastName()).strip());
      model.put("coordinatorEmail", user.getEmail());
    }
    return model;
  }

  private static Map<String, Object> plain(Map<String, Object> values) {
    Map<String, Object> plain = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            plain.put(name, value);
          } else if (value instanceof Date date) {
            plain.put(name, date.toInstant().toString());
          } else if (value instanceof Instant instant) {
            plain.put(name, instant.toString());
          }
        });
    return plain;
  }
}
