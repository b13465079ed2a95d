package org.fairchance.onboarding.officers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Forms;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Values;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Variables;
import org.junit.jupiter.api.Test;

/** The stage's forms submit the variables and values its process, listener and delegate read. */
class OfficerMeetingFormsTest {

  @Test
  void schedulingFormAsksForTheMeetingAndTheOfficer() throws IOException {
    JsonNode form = form(Forms.SCHEDULING);

    assertThat(keys(form))
        .containsExactly(
            Variables.MEETING_DATE_TIME,
            Variables.MEETING_PLACE,
            Variables.OFFICER_NAME,
            Variables.OFFICER_AGENCY,
            Variables.OFFICER_OFFICE,
            EmployerOnboardingProcess.Variables.OFFICER_EMAIL,
            Variables.OFFICER_PHONE);
    assertThat(values(form, Variables.OFFICER_AGENCY))
        .containsExactly(Values.PROBATION, Values.PAROLE, Values.PROBATION_AND_PAROLE);
    JsonNode email = component(form, EmployerOnboardingProcess.Variables.OFFICER_EMAIL);
    assertThat(email.path("validate").path("required").asBoolean()).isTrue();
    assertThat(email.path("validate").path("validationType").asText()).isEqualTo("email");
    JsonNode start = component(form, Variables.MEETING_DATE_TIME);
    assertThat(start.path("subtype").asText()).isEqualTo("datetime");
    assertThat(start.path("disallowPassedDates").asBoolean()).isTrue();
  }

  @Test
  void confirmationFormOffersTheAnswersTheProcessRoutes() throws IOException {
    JsonNode form = form(Forms.CONFIRMATION);

    assertThat(keys(form))
        .containsExactly(Variables.CONFIRMATION, Variables.ATTENDEES, Variables.EMPLOYER_NOTE);
    assertThat(values(form, Variables.CONFIRMATION))
        .containsExactly(Values.ATTENDING, Values.ANOTHER_TIME);
  }

  @Test
  void outcomeFormRecordsContactsConditionsAndVerification() throws IOException {
    JsonNode form = form(Forms.OUTCOME);

    assertThat(keys(form))
        .containsExactly(
            Variables.OUTCOME,
            Variables.EMPLOYER_CONTACT_NAME,
            Variables.EMPLOYER_CONTACT_ROLE,
            EmployerOnboardingProcess.Variables.OFFICER_CONTACT_NAME,
            Variables.OFFICER_CONTACT_DETAILS,
            Variables.SUPERVISION_CONDITIONS,
            Variables.SUPERVISION_CONDITIONS_OTHER,
            Variables.VERIFICATION_METHOD,
            Variables.OUTCOME_NOTE);
    assertThat(values(form, Variables.OUTCOME)).containsExactly(Values.HELD, Values.RESCHEDULE);
    assertThat(values(form, Variables.SUPERVISION_CONDITIONS))
        .containsExactlyElementsOf(Values.SUPERVISION_CONDITIONS);
    assertThat(values(form, Variables.VERIFICATION_METHOD))
        .containsExactlyElementsOf(Values.VERIFICATION_METHODS);
  }

  @Test
  void outcomeFormAsksForTheNamedContactsOnlyWhenTheMeetingWasHeld() throws IOException {
    JsonNode form = form(Forms.OUTCOME);

    for (String key :
        List.of(
            Variables.EMPLOYER_CONTACT_NAME,
            Variables.EMPLOYER_CONTACT_ROLE,
            EmployerOnboardingProcess.Variables.OFFICER_CONTACT_NAME)) {
      JsonNode field = component(form, key);
      assertThat(field.path("validate").path("required").asBoolean()).as(key).isTrue();
      assertThat(field.path("conditional").path("hide").asText())
          .as(key)
          .isEqualTo("=" + Variables.OUTCOME + " != \"" + Values.HELD + "\"");
    }
  }

  @Test
  void formsShowOnlyVariablesTheStageHas() throws IOException {
    List<String> known =
        List.of(
            EmployerOnboardingProcess.Variables.EMPLOYER_NAME,
            EmployerOnboardingProcess.Variables.CONTACT_NAME,
            EmployerOnboardingProcess.Variables.CONTACT_EMAIL,
            EmployerOnboardingProcess.Variables.CONTACT_PHONE,
            EmployerOnboardingProcess.Variables.COUNTY,
            EmployerOnboardingProcess.Variables.OFFICER_EMAIL,
            Variables.MEETING_LABEL,
            Variables.MEETING_PLACE,
            Variables.OFFICER_NAME,
            Variables.OFFICER_OFFICE,
            Variables.OFFICER_PHONE,
            Variables.ATTENDEES,
            Variables.EMPLOYER_NOTE,
            Variables.OUTCOME_NOTE);
    Pattern placeholder = Pattern.compile("\\{\\{(\\w+)}}");
    for (String id : List.of(Forms.SCHEDULING, Forms.CONFIRMATION, Forms.OUTCOME)) {
      for (JsonNode component : form(id).path("components")) {
        Matcher shown = placeholder.matcher(component.path("text").asText());
        while (shown.find()) {
          assertThat(known).as(id + " shows " + shown.group(1)).contains(shown.group(1));
        }
      }
    }
  }

  private static JsonNode form(String id) throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile());
    assertThat(form.path("id").asText()).isEqualTo(id);
    assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
    assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
    form.path("components").forEach(c -> assertThat(c.hasNonNull("id")).isTrue());
    return form;
  }

  private static JsonNode component(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("No field " + key + " on form " + form.path("id").asText());
  }

  private static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if (component.has("key")) {
        keys.add(component.get("key").asText());
      }
    }
    return keys;
  }

  private static List<String> values(JsonNode form, String key) {
    List<String> values = new ArrayList<>();
    component(form, key).path("values").forEach(value -> values.add(value.path("value").asText()));
    return values;
  }
}
