package org.fairchance.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.system.ChamberProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at open tasks and records the reminders that are due: employers before and after a task's
 * due date, and each staff member's daily digest of overdue work, with long-overdue tasks shown to
 * the coordinator or the managers. Every reminder has a deduplication key, so running the sweep
 * again, or on several nodes at once, records each reminder once. Reminders go out in business
 * hours.
 */
@Component
public class ReminderSweep {

  private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);
  private static final int PAGE = 500;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final JourneyMail journeyMail;
  private final MailOutbox outbox;
  private final BusinessDays businessDays;
  private final ReminderSettings settings;
  private final ChamberProperties chamber;
  private final Clock clock;

  ReminderSweep(
      TaskService taskService,
      RuntimeService runtimeService,
      IdentityService identityService,
      JourneyMail journeyMail,
      MailOutbox outbox,
      BusinessDays businessDays,
      ReminderSettings settings,
      ChamberProperties chamber,
      Clock clock) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.journeyMail = journeyMail;
    this.outbox = outbox;
    this.businessDays = businessDays;
    this.settings = settings;
    this.chamber = chamber;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${fairchance.reminders.sweep-interval:5m}",
      initialDelayString = "${fairchance.reminders.sweep-interval:5m}")
  void scheduledSweep() {
    if (settings.scheduled()) {
      sweep();
    }
  }

  /** Records every reminder that is due now; returns how many new ones. */
  public int sweep() {
    Instant now = Instant.now(clock);
    int recorded = remindEmployers(now) + sendStaffDigests(now);
    if (recorded > 0) {
      log.info("Recorded {} reminders", recorded);
    }
    return recorded;
  }

  // Employers ------------------------------------------------------------------------------

  private int remindEmployers(Instant now) {
    Instant horizon = businessDays.plusBusinessDays(now, settings.dueSoon() + 1);
    int recorded = 0;
    int first = 0;
    List<Task> page;
    do {
      page =
          taskService
              .createTaskQuery()
              .taskCandidateGroup(Groups.EMPLOYER)
              .dueBefore(Date.from(horizon))
              .orderByDueDate()
              .asc()
              .orderByTaskId()
              .asc()
              .listPage(first, PAGE);
      for (Task task : page) {
        recorded += remindEmployer(task, now);
      }
      first += PAGE;
    } while (page.size() == PAGE);
    return recorded;
  }

  private int remindEmployer(Task task, Instant now) {
    Instant due = task.getDueDate().toInstant();
    String kind = null;
    String stage = null;
    int daysOverdue = 0;
    if (now.isBefore(due)) {
      if (!now.isBefore(businessDays.minusBusinessDays(due, settings.dueSoon()))) {
        kind = MailKinds.EMPLOYER_TASK_DUE_SOON;
        stage = "due-soon";
      }
    } else {
      List<Integer> followUps = settings.overdueFollowUps();
      for (int i = followUps.size() - 1; i >= 0 && kind == null; i--) {
        if (!now.isBefore(businessDays.plusBusinessDays(due, followUps.get(i)))) {
          kind = MailKinds.EMPLOYER_TASK_OVERDUE;
          stage = "overdue-" + (i + 1);
          daysOverdue = followUps.get(i);
        }
      }
    }
    if (kind == null) {
      return 0;
    }
    Map<String, Object> values = new HashMap<>();
    values.put("taskId", task.getId());
    values.put("taskName", task.getName());
    values.put("taskDue", due.toString());
    values.put("businessDaysOverdue", daysOverdue);
    var execution =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    boolean recorded =
        journeyMail.record(
            kind,
            MailRecipient.EMPLOYER,
            taskService.getVariables(task.getId()),
            execution == null ? null : execution.getBusinessKey(),
            task.getProcessInstanceId(),
            // The due date is part of the key: staff who move it earn the employer a fresh
            // reminder.
            "task:" + task.getId() + ":" + stage + ":" + due.getEpochSecond(),
            businessDays.nextOpenMoment(now),
            values);
    return recorded ? 1 : 0;
  }

  // Staff ----------------------------------------------------------------------------------

  private int sendStaffDigests(Instant now) {
    LocalDate today = businessDays.today(now);
    if (!businessDays.isBusinessDay(today) || now.isBefore(businessDays.opening(today))) {
      return 0;
    }
    int recorded = 0;
    for (User user : staffUsers()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        continue;
      }
      Map<String, Object> model = digest(user, now);
      if (model != null
          && outbox.enqueue(
              new MailRequest(
                  MailKinds.STAFF_DIGEST,
                  user.getEmail(),
                  null,
                  null,
                  model,
                  "digest:" + user.getId() + ":" + today,
                  now))) {
        recorded++;
      }
    }
    return recorded;
  }

  private List<User> staffUsers() {
    Map<String, User> users = new LinkedHashMap<>();
    for (String group : Groups.TASK_WORKERS) {
      identityService
          .createUserQuery()
          .memberOfGroup(group)
          .list()
          .forEach(u -> users.putIfAbsent(u.getId(), u));
    }
    identityService
        .createUserQuery()
        .memberOfGroup(Groups.MANAGERS)
        .list()
        .forEach(u -> users.putIfAbsent(u.getId(), u));
    return new ArrayList<>(users.values());
  }

  /** The user's digest, or null when there is nothing to tell. */
  private Map<String, Object> digest(User user, Instant now) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(user.getId()).list().stream()
            .map(Group::getId)
            .toList();
    Date nowDate = Date.from(now);
    List<Map<String, Object>> mine =
        rows(taskService.createTaskQuery().taskAssignee(user.getId()).dueBefore(nowDate), now);
    List<Map<String, Object>> queue = new ArrayList<>();
    List<String> queues = groups.stream().filter(Groups.TASK_WORKERS::contains).toList();
    if (!queues.isEmpty()) {
      queue =
          rows(
              taskService
                  .createTaskQuery()
                  .taskCandidateGroupIn(queues)
                  .taskUnassigned()
                  .dueBefore(nowDate),
              now);
    }
    Date longOverdue = Date.from(businessDays.minusBusinessDays(now, settings.escalateAfter()));
    List<Map<String, Object>> escalated =
        rows(
                taskService
                    .createTaskQuery()
                    .taskCandidateGroupIn(Groups.TASK_WORKERS)
                    .includeAssignedTasks()
                    .processVariableValueEquals(Variables.COORDINATOR, user.getId())
                    .dueBefore(longOverdue),
                now)
            .stream()
            .filter(row -> !user.getId().equals(row.get("assignee")))
            .toList();
    if (groups.contains(Groups.MANAGERS)) {
      List<Map<String, Object>> unowned =
          rows(
              taskService
                  .createTaskQuery()
                  .taskCandidateGroupIn(Groups.TASK_WORKERS)
                  .includeAssignedTasks()
                  .dueBefore(longOverdue),
              now);
      escalated = merge(escalated, unowned);
    }
    if (mine.isEmpty() && queue.isEmpty() && escalated.isEmpty()) {
      return null;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("today", businessDays.today(now).toString());
    model.put("firstName", user.getFirstName());
    model.put("mine", mine);
    model.put("queue", queue);
    model.put("escalated", escalated);
    model.put("tasklist", chamber.publicUrl() + "/camunda/app/tasklist/default/");
    return model;
  }

  private List<Map<String, Object>> rows(TaskQuery query, Instant now) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Task task : query.orderByDueDate().asc().listPage(0, 200)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", task.getName());
      row.put("due", task.getDueDate().toInstant().toString());
      row.put(
          "businessDaysOverdue",
          businessDays.businessDaysBetween(task.getDueDate().toInstant(), now));
      row.put("assignee", task.getAssignee());
      row.put(
          "link", chamber.publicUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> merge(
      List<Map<String, Object>> a, List<Map<String, Object>> b) {
    Map<Object, Map<String, Object>> byLink = new LinkedHashMap<>();
    a.forEach(row -> byLink.put(row.get("link"), row));
    b.forEach(row -> byLink.putIfAbsent(row.get("link"), row));
    return new ArrayList<>(byLink.values());
  }
}
