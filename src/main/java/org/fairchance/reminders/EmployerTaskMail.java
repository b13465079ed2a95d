package org.fairchance.reminders;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.fairchance.identity.Groups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a task for the employer is created anywhere in the journey, the employer gets a mail that
 * says what is asked, by when, with the personal link. Runs in the transaction that creates the
 * task (Camunda's Spring eventing publishes task events synchronously).
 *
 * <p>A task that a mail of its own has just announced (a workshop invitation, a meeting notice)
 * carries the extension property {@value #TASK_MAIL_PROPERTY} = {@code off} in the model, so the
 * employer does not get two mails for one step.
 */
@Component
class EmployerTaskMail {

  private final JourneyMail mail;

  EmployerTaskMail(JourneyMail mail) {
    this.mail = mail;
  }

  /** Extension property of a user task: {@code off} when another mail already announces it. */
  public static final String TASK_MAIL_PROPERTY = "employerTaskMail";

  @EventListener(condition = "#task.eventName == 'create'")
  void onTaskCreated(DelegateTask task) {
    if (!isEmployerTask(task) || announcedElsewhere(task)) {
      return;
    }
    mail.record(
        MailKinds.EMPLOYER_TASK,
        MailRecipient.EMPLOYER,
        task,
        task.getExecution().getProcessBusinessKey(),
        task.getProcessInstanceId(),
        "task:" + task.getId() + ":created",
        null,
        taskValues(task));
  }

  static boolean isEmployerTask(DelegateTask task) {
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && Groups.EMPLOYER.equals(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  static boolean announcedElsewhere(DelegateTask task) {
    UserTask model = task.getBpmnModelElementInstance();
    if (model == null || model.getExtensionElements() == null) {
      return false;
    }
    return model
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(CamundaProperties.class)
        .list()
        .stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .anyMatch(
            property ->
                TASK_MAIL_PROPERTY.equals(property.getCamundaName())
                    && "off".equalsIgnoreCase(property.getCamundaValue()));
  }

  static Map<String, Object> taskValues(DelegateTask task) {
    Map<String, Object> values = new HashMap<>();
    values.put("taskId", task.getId());
    values.put("taskName", task.getName());
    if (task.getDueDate() != null) {
      values.put("taskDue", task.getDueDate().toInstant().toString());
    }
    return values;
  }
}
