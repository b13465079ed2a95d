package org.fairchance.onboarding.hire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.hire.FirstHireProcess.Forms;
import org.fairchance.onboarding.hire.FirstHireProcess.Variables;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;
import org.junit.jupiter.api.Test;

/** The stage's forms ask for what the process and the hire reports read, and for no names. */
class FirstHireFormsTest {

  static final List<String> FORMS =
      List.of(
          Forms.CANDIDATE_REFERRALS,
          Forms.FIRST_HIRE_REPORT,
          Forms.NO_HIRE_CHECK_IN,
          Forms.WOTC_SUBMISSION);

  final ObjectMapper json = new ObjectMapper();

  @Test
  void everyFormTheProcessOpensExistsUnderItsId() throws IOException {
    List<String> formRefs =
        Bpmn.readModelFromFile(new File("processes/" + FirstHireProcess.KEY + ".bpmn"))
            .getModelElementsByType(UserTask.class)
            .stream()
            .map(UserTask::getCamundaFormRef)
            .toList();

    assertThat(formRefs).containsExactlyInAnyOrderElementsOf(FORMS);
    for (String id : FORMS) {
      assertThat(form(id).path("id").asText()).isEqualTo(id);
    }
  }

  @Test
  void theReportAsksForTheFactsTheRecordStepReads() throws IOException {
    assertThat(keys(Forms.FIRST_HIRE_REPORT))
        .containsExactlyInAnyOrder(
            EmployerOnboardingProcess.Variables.HIRE_START_DATE,
            EmployerOnboardingProcess.Variables.HIRE_ROLE,
            Variables.HIRE_HOURLY_WAGE,
            Variables.HIRE_HOURS_PER_WEEK,
            Variables.HIRE_EMPLOYMENT_TYPE,
            Variables.BOND_REQUESTED,
            Variables.WOTC_FORM_SENT,
            Variables.WOTC_SUBMITTED_ON,
            Variables.HIRE_RACE_ETHNICITY,
            Variables.HIRE_GENDER);
    assertThat(values(Forms.FIRST_HIRE_REPORT, Variables.HIRE_EMPLOYMENT_TYPE))
        .containsExactly(FirstHireProcess.Values.FULL_TIME, FirstHireProcess.Values.PART_TIME);
  }

  @Test
  void theOtherFormsSetTheVariablesTheProcessReads() throws IOException {
    assertThat(keys(Forms.CANDIDATE_REFERRALS))
        .containsExactlyInAnyOrder(
            Variables.REFERRAL_PARTNER,
            Variables.CANDIDATES_REFERRED,
            Variables.REFERRALS_SENT_ON,
            Variables.REFERRAL_ROLES,
            Variables.REFERRAL_NOTE);
    assertThat(keys(Forms.NO_HIRE_CHECK_IN))
        .containsExactlyInAnyOrder(Variables.NO_HIRE_DECISION, Variables.NO_HIRE_NOTE);
    assertThat(values(Forms.NO_HIRE_CHECK_IN, Variables.NO_HIRE_DECISION))
        .containsExactly(
            EmployerOnboardingProcess.Values.KEEP_WAITING,
            FirstHireProcess.Values.MORE_REFERRALS,
            EmployerOnboardingProcess.Values.CLOSE);
    assertThat(keys(Forms.WOTC_SUBMISSION)).containsExactly(Variables.WOTC_SUBMITTED_ON);
  }

  @Test
  void selfIdentificationOffersTheReportingCategoriesAndDeclineToState() throws IOException {
    assertThat(values(Forms.FIRST_HIRE_REPORT, Variables.HIRE_RACE_ETHNICITY))
        .containsExactlyElementsOf(
            Arrays.stream(RaceEthnicity.values()).map(RaceEthnicity::code).toList());
    assertThat(values(Forms.FIRST_HIRE_REPORT, Variables.HIRE_GENDER))
        .containsExactlyElementsOf(Arrays.stream(Gender.values()).map(Gender::code).toList());
    assertThat(labels(Forms.FIRST_HIRE_REPORT, Variables.HIRE_RACE_ETHNICITY))
        .contains("Decline to state");
    assertThat(labels(Forms.FIRST_HIRE_REPORT, Variables.HIRE_GENDER)).contains("Decline to state");
  }

  @Test
  void selfIdentificationIsAnOptionalSectionOfItsOwn() throws IOException {
    JsonNode group =
        StreamSupport.stream(form(Forms.FIRST_HIRE_REPORT).path("components").spliterator(), false)
            .filter(component -> component.path("type").asText().equals("group"))
            .findFirst()
            .orElseThrow();

    assertThat(group.path("label").asText()).contains("optional", "anonymous");
    List<String> keys = new ArrayList<>();
    collect(group.path("components"), keys, new ArrayList<>());
    assertThat(keys).containsExactly(Variables.HIRE_RACE_ETHNICITY, Variables.HIRE_GENDER);
    List<JsonNode> fields = new ArrayList<>();
    collect(group.path("components"), new ArrayList<>(), fields);
    assertThat(fields).noneMatch(field -> field.path("validate").path("required").asBoolean());
  }

  @Test
  void noFormAsksForAPersonsName() throws IOException {
    for (String id : FORMS) {
      for (JsonNode field : fields(id)) {
        assertThat(field.path("key").asText().toLowerCase(Locale.ROOT)).doesNotContain("name");
        assertThat(field.path("label").asText().toLowerCase(Locale.ROOT)).doesNotContain("name");
      }
    }
  }

  private JsonNode form(String id) throws IOException {
    return json.readTree(new File("forms/" + id + ".form"));
  }

  private List<JsonNode> fields(String formId) throws IOException {
    List<JsonNode> fields = new ArrayList<>();
    collect(form(formId).path("components"), new ArrayList<>(), fields);
    return fields;
  }

  private List<String> keys(String formId) throws IOException {
    return fields(formId).stream().map(field -> field.path("key").asText()).toList();
  }

  private List<String> values(String formId, String key) throws IOException {
    return options(formId, key).stream().map(option -> option.path("value").asText()).toList();
  }

  private List<String> labels(String formId, String key) throws IOException {
    return options(formId, key).stream().map(option -> option.path("label").asText()).toList();
  }

  private List<JsonNode> options(String formId, String key) throws IOException {
    JsonNode field =
        fields(formId).stream()
            .filter(candidate -> candidate.path("key").asText().equals(key))
            .findFirst()
            .orElseThrow();
    List<JsonNode> options = new ArrayList<>();
    field.path("values").forEach(options::add);
    return options;
  }

  /** Fields (components with a key) and their keys, groups included. */
  private static void collect(JsonNode components, List<String> keys, List<JsonNode> fields) {
    for (JsonNode component : components) {
      if (component.has("key")) {
        keys.add(component.path("key").asText());
        fields.add(component);
      }
      collect(component.path("components"), keys, fields);
    }
  }
}
