package org.fairchance.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.fairchance.identity.Groups;

/**
 * The Camunda Forms staff work on in Tasklist, read from the models in {@code processes/}: the
 * forms of user tasks a staff group ({@link Groups#TASK_WORKERS}) is a candidate for, each with one
 * task that shows it. Employer tasks and tasks for managers only are not staff forms.
 */
final class StaffFormTasks {

  /**
   * A user task with a Camunda Form.
   *
   * @param groupId the first staff group among the task's candidate groups
   * @param loopVariables element variables of the multi-instance activities the task sits in (the
   *     task itself included), which a start before the task does not set
   */
  record StaffFormTask(
      String formId,
      Path model,
      String processKey,
      String processName,
      String taskId,
      String groupId,
      List<String> loopVariables) {

    String where() {
      return model.getFileName() + " " + taskId;
    }
  }

  /**
   * Every staff form, sorted by form id, each with the first of its tasks (models by file name,
   * tasks in the order of the file) that sits in no multi-instance activity, if there is one.
   */
  static List<StaffFormTask> in(Path folder) {
    Map<String, StaffFormTask> byForm = new LinkedHashMap<>();
    tasks(folder).stream()
        .sorted(Comparator.comparing(t -> !t.loopVariables().isEmpty()))
        .forEach(t -> byForm.putIfAbsent(t.formId(), t));
    return byForm.values().stream().sorted(Comparator.comparing(StaffFormTask::formId)).toList();
  }

  private static List<StaffFormTask> tasks(Path folder) {
    List<StaffFormTask> tasks = new ArrayList<>();
    for (Path model : models(folder)) {
      for (UserTask task :
          Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
        Optional<String> staffGroup =
            task.getCamundaCandidateGroupsList().stream()
                .filter(Groups.TASK_WORKERS::contains)
                .findFirst();
        Process process = processOf(task);
        if (task.getCamundaFormRef() == null
            || staffGroup.isEmpty()
            || process == null
            || !process.isExecutable()) {
          continue;
        }
        tasks.add(
            new StaffFormTask(
                task.getCamundaFormRef(),
                model,
                process.getId(),
                process.getName(),
                task.getId(),
                staffGroup.get(),
                loopVariables(task)));
      }
    }
    return tasks;
  }

  private static List<Path> models(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the models in " + folder, e);
    }
  }

  private static List<String> loopVariables(UserTask task) {
    List<String> variables = new ArrayList<>();
    for (ModelElementInstance element = task;
        element != null;
        element = element.getParentElement()) {
      if (element instanceof Activity activity
          && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop
          && loop.getCamundaElementVariable() != null) {
        variables.add(loop.getCamundaElementVariable());
      }
    }
    return List.copyOf(variables);
  }

  private static Process processOf(UserTask task) {
    ModelElementInstance element = task.getParentElement();
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    return (Process) element;
  }

  private StaffFormTasks() {}
}
