package org.fairchance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.*;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.fairchance.identity.DemoUsers;
import org.fairchance.identity.DemoUsers.Login;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.StaffFormTasks.StaffFormTask;
import org.fairchance.onboarding.sustain.SustainReviewProcess;
import org.fairchance.support.Browser;
import org.fairchance.support.Tasklist;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every Camunda Form staff work on opens in Tasklist, in a real browser, as the demo user of the
 * task's group. The forms are found in the models themselves ({@link StaffFormTasks}), so a stage
 * process added to {@code processes/} is tested without touching this class. Screenshots of each
 * form go to {@code target/screenshots/tasklist/<form id>.png} for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFormsIT {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final String SCREENSHOTS = "tasklist/";
  private static final String BUSINESS_KEY = "FC-TEST-TASKLIST";
  private static final String UNRENDERABLE_PROCESS = "unrenderable-form-check";
  private static final String UNRENDERABLE_FORM = "unrenderable-form";

  /** A variable as a form's text shows it: {@code {{employerName}}}. */
  private static final Pattern SHOWN_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)\\s*}}");

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @TestFactory
  Stream<DynamicTest> everyStaffFormRendersInTasklist() {
    List<StaffFormTask> staffForms = StaffFormTasks.in(PROCESSES);
    assertThat(staffForms).as("staff forms in " + PROCESSES).isNotEmpty();
    return staffForms.stream()
        .map(form -> dynamicTest(form.formId(), () -> rendersInTasklist(form)));
  }

  /**
   * What an error looks like to the check above: a component form-js 1.8.7 (Tasklist 7.24) does not
   * have, the file picker of form-js 1.11.
   */
  @Test
  void tasklistShowsAFormItCannotRenderAsAFormFailure() {
    repositoryService
        .createDeployment()
        .addModelInstance(
            UNRENDERABLE_PROCESS + ".bpmn",
            Bpmn.createExecutableProcess(UNRENDERABLE_PROCESS)
                .name("Unrenderable form")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Started")
                .name("Started")
                .userTask("Task_OpenUnrenderableForm")
                .name("Open an unrenderable form")
                .camundaFormRef(UNRENDERABLE_FORM)
                .camundaFormRefBinding("deployment")
                .camundaCandidateGroups(Groups.CHAMBER_STAFF)
                .done())
        .addString(
            UNRENDERABLE_FORM + ".form",
            """
            {"id": "%s", "type": "default", "schemaVersion": 16,
             "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
             "components": [{"id": "Field_Upload", "key": "upload", "label": "Upload",
                             "type": "filepicker"}]}
            """
                .formatted(UNRENDERABLE_FORM))
        .deploy();
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(UNRENDERABLE_PROCESS, BUSINESS_KEY);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Login staff = loginOf(Groups.CHAMBER_STAFF);

    try (Browser browser = Browser.open(port)) {
      Tasklist tasklist = new Tasklist(browser);
      tasklist.logIn(staff.user(), staff.password());
      Tasklist.TaskView view = tasklist.openCamundaFormTask(task.getId());

      assertThat(view.form()).isEmpty();
      assertThat(view.errors())
          .anySatisfy(error -> assertThat(error).contains("Form failure", "filepicker"));
    }
  }

  private void rendersInTasklist(StaffFormTask staffForm) throws IOException {
    Login login = loginOf(staffForm.groupId());
    Task task = startAt(staffForm);
    if (task.getAssignee() == null) {
      // As the person would before working on it; Tasklist shows an unclaimed task's form greyed.
      taskService.claim(task.getId(), login.user());
    }

    try (Browser browser = Browser.open(port)) {
      Tasklist tasklist = new Tasklist(browser);
      Tasklist.TaskView view;
      try {
        tasklist.logIn(login.user(), login.password());
        view = tasklist.openCamundaFormTask(task.getId());
        tasklist.showWholeTask();
      } finally {
        browser.screenshot(SCREENSHOTS + staffForm.formId());
      }

      assertThat(view.errors())
          .as("errors Tasklist shows for the form %s on %s", staffForm.formId(), staffForm.where())
          .isEmpty();
      assertThat(view.taskName()).isEqualTo(task.getName());
      assertThat(view.form()).contains(alwaysShownLabels(staffForm.formId()));
    }
  }

  /** A new journey of the task's process, waiting at the task. */
  private Task startAt(StaffFormTask staffForm) throws IOException {
    Map<String, Object> journey = sampleJourney(staffForm);
    for (String variable : shownVariables(form(staffForm.formId()).path("components"))) {
      // A stage's own variable the sample does not know: its name shows where its value would.
      journey.putIfAbsent(variable, "‹" + variable + "›");
    }
    List<String> unknownLoopVariables =
        staffForm.loopVariables().stream().filter(v -> !journey.containsKey(v)).toList();
    ProcessInstance instance;
    try {
      instance =
          runtimeService
              .createProcessInstanceByKey(staffForm.processKey())
              .businessKey(BUSINESS_KEY)
              .setVariables(journey)
              .startBeforeActivity(staffForm.taskId())
              .execute();
    } catch (ProcessEngineException e) {
      if (unknownLoopVariables.isEmpty()) {
        throw e;
      }
      throw new TestAbortedException(
          "The form "
              + staffForm.formId()
              + " is only on "
              + staffForm.where()
              + ", inside a multi-instance activity whose element variables "
              + unknownLoopVariables
              + " the sample journey does not set, and the task cannot start without them: "
              + e.getMessage(),
          e);
    }
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(staffForm.taskId())
        .singleResult();
  }

  /**
   * An employer as far into the journey as any stage goes: what the application form collects and
   * the results of the stages the journey keeps.
   */
  private static Map<String, Object> sampleJourney(StaffFormTask staffForm) {
    Map<String, Object> journey = new HashMap<>();
    journey.put(EMPLOYER_NAME, "Harbor Street Bakery");
    journey.put(CONTACT_NAME, "Jordan Ellis");
    journey.put(CONTACT_EMAIL, "jordan.ellis@harborstreet.example");
    journey.put(CONTACT_PHONE, "816-555-0142");
    journey.put(COUNTY, "Jackson");
    journey.put(INDUSTRY, "hospitality");
    journey.put(EMPLOYEE_COUNT, 48);
    // What the journey's stage listener records when it calls the stage: the stage's name.
    journey.put(STAGE, staffForm.processName());
    journey.put(COORDINATOR, loginOf(Groups.CHAMBER_STAFF).user());
    journey.put(INFORMATION_REQUEST, "How many of your sites would take part?");
    journey.put(INFORMATION_RESPONSE, "Both of our bakeries, 48 people in all.");
    journey.put(WORKSHOP_ATTENDED_ON, date(2026, 2, 10));
    journey.put(POLICY_APPROVED_ON, date(2026, 3, 3));
    journey.put(POLICY_LINK, "https://harborstreet.example/fair-chance-policy");
    journey.put(OFFICER_MEETING_HELD_ON, date(2026, 3, 24));
    journey.put(OFFICER_CONTACT_NAME, "Robin Alvarez");
    journey.put(OFFICER_EMAIL, "robin.alvarez@probation.example");
    journey.put(HIRE_START_DATE, date(2026, 4, 6));
    journey.put(HIRE_ROLE, "Baker's assistant");
    journey.put(WOTC_APPLIES, true);
    journey.put(BOND_END_DATE, date(2026, 10, 6));
    // The element variable of the sustain review's check-ins, for a task inside them.
    journey.put(SustainReviewProcess.Variables.CHECK_IN_DAY, 90);
    journey.put(SustainReviewProcess.Variables.HIRE_STILL_EMPLOYED, true);
    journey.put(
        SustainReviewProcess.Variables.RETENTION_SUMMARY,
        "- **Day 30:** still employed, $17.50 an hour\n"
            + "- **Day 90:** still employed, $18.25 an hour, promoted");
    return journey;
  }

  /**
   * Labels a form shows whatever its data: of fields that are not conditional and not inside a
   * conditional group or a dynamic list, and that are plain text rather than an expression.
   */
  private static List<String> alwaysShownLabels(String formId) throws IOException {
    return alwaysShownLabels(form(formId).path("components"));
  }

  private static List<String> alwaysShownLabels(JsonNode components) {
    List<String> labels = new ArrayList<>();
    for (JsonNode component : components) {
      if (component.has("conditional")) {
        continue;
      }
      String label = component.path("label").asText("");
      if (!label.isBlank() && !label.startsWith("=") && !label.contains("{{")) {
        labels.add(label);
      }
      if (!component.path("type").asText().equals("dynamiclist")) {
        labels.addAll(alwaysShownLabels(component.path("components")));
      }
    }
    return labels;
  }

  /** Variables the text components of a form show as {@code {{name}}}. */
  private static Set<String> shownVariables(JsonNode components) {
    Set<String> variables = new TreeSet<>();
    for (JsonNode component : components) {
      Matcher shown = SHOWN_VARIABLE.matcher(component.path("text").asText(""));
      while (shown.find()) {
        variables.add(shown.group(1));
      }
      variables.addAll(shownVariables(component.path("components")));
    }
    return variables;
  }

  private static JsonNode form(String formId) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        if (form.path("id").asText().equals(formId)) {
          return form;
        }
      }
    }
    throw new AssertionError("No form with the id " + formId + " in " + FORMS);
  }

  private static Login loginOf(String groupId) {
    return DemoUsers.loginFor(groupId)
        .orElseThrow(() -> new AssertionError("The demo run has no login in " + groupId));
  }

  private static Date date(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
