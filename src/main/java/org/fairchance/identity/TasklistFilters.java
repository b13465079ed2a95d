package org.fairchance.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.fairchance.onboarding.EmployerOnboardingProcess;

/**
 * The Tasklist filters every staff member starts from. Each shows the employer and the stage of the
 * journey next to the task, sorted by due date. Managers see every filter as administrators.
 */
final class TasklistFilters {

  static final String MY_TASKS = "My tasks";
  static final String DUE_TODAY_OR_OVERDUE = "Due today or overdue";
  static final String FOLLOW_UP = "Follow-up";

  record FilterDefinition(
      String name,
      String description,
      int priority,
      String color,
      UnaryOperator<TaskQuery> criteria,
      List<String> readerGroups) {}

  static List<FilterDefinition> definitions() {
    List<FilterDefinition> filters = new ArrayList<>();
    filters.add(
        new FilterDefinition(
            MY_TASKS,
            "Tasks assigned to me",
            -10,
            "#2f6f4e",
            q -> q.taskAssigneeExpression("${currentUser()}"),
            Groups.TASK_WORKERS));
    int priority = 0;
    for (Groups.GroupDefinition group : Groups.ALL) {
      if (!Groups.TASK_WORKERS.contains(group.id())) {
        continue;
      }
      filters.add(
          new FilterDefinition(
              queueName(group.name()),
              "Open tasks for " + group.name().toLowerCase() + ", claimed or not",
              priority++,
              "#3b5b92",
              q -> q.taskCandidateGroup(group.id()).includeAssignedTasks(),
              List.of(group.id())));
    }
    filters.add(
        new FilterDefinition(
            DUE_TODAY_OR_OVERDUE,
            "Tasks I may work on that are due by the end of today",
            10,
            "#b03a2e",
            q -> q.dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"),
            Groups.TASK_WORKERS));
    filters.add(
        new FilterDefinition(
            FOLLOW_UP,
            "Tasks whose follow-up date has come",
            11,
            "#b9770e",
            q -> q.followUpBeforeExpression("${now()}"),
            Groups.TASK_WORKERS));
    return List.copyOf(filters);
  }

  static String queueName(String groupName) {
    return "Queue: " + groupName;
  }

  /**
   * Creates each filter that is absent and brings the query and properties of the others up to
   * date. Returns the read grants the filters need. Filters managers create in Tasklist are left
   * alone.
   */
  static List<GroupAuthorizations.Grant> apply(
      FilterService filterService, TaskService taskService, List<FilterDefinition> definitions) {
    Map<String, Filter> existing = new HashMap<>();
    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      existing.putIfAbsent(filter.getName(), filter);
    }
    List<GroupAuthorizations.Grant> grants = new ArrayList<>();
    for (FilterDefinition definition : definitions) {
      Filter filter = existing.get(definition.name());
      if (filter == null) {
        filter = filterService.newTaskFilter(definition.name());
      }
      filter.setQuery(
          definition.criteria().apply(taskService.createTaskQuery().orderByDueDate().asc()));
      filter.setProperties(properties(definition));
      filterService.saveFilter(filter);
      for (String group : definition.readerGroups()) {
        grants.add(
            new GroupAuthorizations.Grant(
                group, Resources.FILTER, filter.getId(), Permissions.READ));
      }
    }
    return grants;
  }

  private static Map<String, Object> properties(FilterDefinition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", true);
    properties.put(
        "variables",
        List.of(
            Map.of("name", EmployerOnboardingProcess.Variables.EMPLOYER_NAME, "label", "Employer"),
            Map.of("name", EmployerOnboardingProcess.Variables.STAGE, "label", "Stage")));
    return properties;
  }

  private TasklistFilters() {}
}
