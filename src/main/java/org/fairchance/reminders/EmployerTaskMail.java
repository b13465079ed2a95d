package org.fairchance.reminders;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.fairchance.identity.Groups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a task for the employer is created anywhere in the journey, the employer gets a mail that
 * says what is asked, by when, with the personal link. Runs in the transaction that creates the
 * task (Camunda's Spring eventing publishes task events synchronously).
 */
@Component
class EmployerTaskMail {

  private final JourneyMail mail;

  EmployerTaskMail(JourneyMail mail) {
    this.mail = mail;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  void onTaskCreated(DelegateTask task) {
    if (!isEmployerTask(task)) {
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
