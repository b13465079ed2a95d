package org.fairchance.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.springframework.stereotype.Service;

/**
 * The engine as the portal sees it: one journey (a business key) with its called stages, the
 * employer's open tasks in it, and the deployed forms. The portal calls the engine without a
 * logged-in user, so it checks itself that a task belongs to the journey a link names.
 */
@Service
class JourneyTasks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;

  JourneyTasks(
      RuntimeService runtimeService,
      TaskService taskService,
      FormService formService,
      RepositoryService repositoryService,
      HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.historyService = historyService;
  }

  /** The start form of the newest version of the journey, as deployed (Modeler changes too). */
  FormSchema applicationForm() {
    ProcessDefinition latest =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(EmployerOnboardingProcess.KEY)
            .latestVersion()
            .singleResult();
    if (latest == null) {
      throw new IllegalStateException("The employer journey is not deployed");
    }
    return read(formService.getDeployedStartForm(latest.getId()));
  }

  FormSchema taskForm(String taskId) {
    return read(formService.getDeployedTaskForm(taskId));
  }

  private static FormSchema read(InputStream form) {
    try (form) {
      return FormSchema.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The running journey with this business key and every stage it called, journey first. */
  List<String> instanceIds(String businessKey) {
    List<String> ids = new ArrayList<>();
    Deque<String> parents = new ArrayDeque<>();
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(EmployerOnboardingProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .list()
        .forEach(journey -> parents.add(journey.getId()));
    while (!parents.isEmpty()) {
      String parent = parents.poll();
      ids.add(parent);
      for (ProcessInstance child :
          runtimeService.createProcessInstanceQuery().superProcessInstanceId(parent).list()) {
        parents.add(child.getId());
      }
    }
    return ids;
  }

  /** The employer's open tasks in a journey, oldest first. */
  List<Task> openTasks(String businessKey) {
    List<String> ids = instanceIds(businessKey);
    if (ids.isEmpty()) {
      return List.of();
    }
    return taskService
        .createTaskQuery()
        .processInstanceIdIn(ids.toArray(String[]::new))
        .taskCandidateGroup(Groups.EMPLOYER)
        .active()
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  /**
   * An open employer task of this journey, or null: done, another journey's, or not the employer's.
   */
  Task openTask(String businessKey, String taskId) {
    return openTasks(businessKey).stream()
        .filter(task -> task.getId().equals(taskId))
        .findFirst()
        .orElse(null);
  }

  /** The variables a form shows, as the viewer reads them (dates as text, lists as lists). */
  Map<String, Object> shownVariables(String taskId, FormSchema form) {
    VariableMap variables = taskService.getVariablesTyped(taskId, form.referencedVariables(), true);
    Map<String, Object> shown = new LinkedHashMap<>();
    for (String name : variables.keySet()) {
      shown.put(name, forViewer(variables.getValueTyped(name)));
    }
    return shown;
  }

  private static Object forViewer(TypedValue typed) {
    if (typed instanceof JsonValue json) {
      try {
        return JSON.readValue(json.getValueSerialized(), Object.class);
      } catch (JsonProcessingException e) {
        return null;
      }
    }
    Object value = typed.getValue();
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return null;
  }

  /** A journey's values, while it runs or after it ended; empty when there is no such journey. */
  Map<String, Object> journeyVariables(String businessKey) {
    List<String> running = instanceIds(businessKey);
    if (!running.isEmpty()) {
      return runtimeService.getVariables(running.get(0));
    }
    HistoricProcessInstance ended =
        historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(EmployerOnboardingProcess.KEY)
            .processInstanceBusinessKey(businessKey)
            .orderByProcessInstanceStartTime()
            .desc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    Map<String, Object> values = new LinkedHashMap<>();
    if (ended != null) {
      for (HistoricVariableInstance variable :
          historyService
              .createHistoricVariableInstanceQuery()
              .processInstanceId(ended.getId())
              .list()) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  /** The id of a running journey's own instance, or null. */
  String journeyInstanceId(String businessKey) {
    List<String> ids = instanceIds(businessKey);
    return ids.isEmpty() ? null : ids.get(0);
  }
}
