package org.fairchance.onboarding.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairchance.onboarding.workshop.EducationWorkshopProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Forms;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess.Values;
import org.junit.jupiter.api.Test;

/**
 * The stage's forms send the variables, and the answers, that the process model's conditions and
 * the stage's code read: a key or a value renamed in the Modeler on one side only breaks here.
 */
class EducationWorkshopFormsTest {

  static final List<String> FORMS =
      List.of(Forms.SESSION, Forms.REGISTRATION, Forms.ATTENDANCE, Forms.NO_SHOW_DECISION);

  @Test
  void everyFormIsACamundaFormForTasklist724() {
    for (String id : FORMS) {
      JsonNode form = form(id);
      assertThat(form.path("id").asText()).as("id of %s", id).isEqualTo(id);
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
      assertThat(form.path("components"))
          .as("components of %s", id)
          .allSatisfy(component -> assertThat(component.path("id").asText()).isNotBlank());
    }
  }

  @Test
  void bookingFormSendsTheSessionStartWithTheStaffMembersOffset() {
    assertThat(keys(Forms.SESSION)).containsExactly(SESSION_DATE_TIME, PLACE, NOTE_TO_EMPLOYER);
    JsonNode start = field(Forms.SESSION, SESSION_DATE_TIME);
    assertThat(start.path("type").asText()).isEqualTo("datetime");
    assertThat(start.path("subtype").asText()).isEqualTo("datetime");
    assertThat(start.path("timeSerializingFormat").asText()).isEqualTo("utc_offset");
    assertThat(start.path("disallowPassedDates").asBoolean()).isTrue();
    assertThat(start.path("validate").path("required").asBoolean()).isTrue();
  }

  @Test
  void registrationFormAsksWhetherAndHowManyWillCome() {
    assertThat(keys(Forms.REGISTRATION))
        .containsExactly(
            REGISTRATION, ATTENDEE_COUNT, ATTENDEE_ROLES, ACCESSIBILITY_NEEDS, PREFERRED_DATES);
    assertThat(values(Forms.REGISTRATION, REGISTRATION))
        .containsExactly(Values.ATTENDING, Values.ANOTHER_DATE);
    JsonNode count = field(Forms.REGISTRATION, ATTENDEE_COUNT).path("validate");
    assertThat(count.path("required").asBoolean()).isTrue();
    assertThat(count.path("min").asInt()).isEqualTo(1);
    assertThat(count.path("max").asInt()).isEqualTo(20);
  }

  @Test
  void attendanceFormRecordsAttendedOrMissed() {
    assertThat(keys(Forms.ATTENDANCE)).containsExactly(ATTENDANCE, PEOPLE_PRESENT);
    assertThat(values(Forms.ATTENDANCE, ATTENDANCE))
        .containsExactly(Values.ATTENDED, Values.MISSED);
  }

  @Test
  void noShowDecisionOffersAnotherSessionOrClosesWithANote() {
    assertThat(keys(Forms.NO_SHOW_DECISION)).containsExactly(NO_SHOW_DECISION, NO_SHOW_NOTE);
    assertThat(values(Forms.NO_SHOW_DECISION, NO_SHOW_DECISION))
        .containsExactly(Values.ANOTHER_SESSION, Values.CLOSE);
    assertThat(
            field(Forms.NO_SHOW_DECISION, NO_SHOW_NOTE)
                .path("validate")
                .path("required")
                .asBoolean())
        .isTrue();
  }

  private static List<String> keys(String formId) {
    List<String> keys = new ArrayList<>();
    form(formId).path("components").forEach(c -> keys.add(c.path("key").asText(null)));
    keys.removeIf(key -> key == null);
    return keys;
  }

  private static List<String> values(String formId, String key) {
    List<String> values = new ArrayList<>();
    field(formId, key).path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }

  private static JsonNode field(String formId, String key) {
    for (JsonNode component : form(formId).path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError(formId + " has no field " + key);
  }

  private static JsonNode form(String id) {
    try (InputStream in =
        EducationWorkshopFormsTest.class.getResourceAsStream("/forms/" + id + ".form")) {
      assertThat(in).as("forms/%s.form", id).isNotNull();
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new AssertionError("Cannot read form " + id, e);
    }
  }
}
