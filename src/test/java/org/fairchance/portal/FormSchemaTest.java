package org.fairchance.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.fairchance.portal.FormSchema.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The server's check of what a browser submits, against the forms in {@code forms/}. */
class FormSchemaTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final FeelConditions FEEL = new FeelConditions();

  static FormSchema form(String id) {
    try {
      return FormSchema.parse(Files.readString(Path.of("forms", id + ".form")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> application() {
    Map<String, Object> values = new HashMap<>();
    values.put("employerName", "Acme Tools");
    values.put("contactName", "Dana Smith");
    values.put("contactEmail", "dana@acme.example");
    values.put("contactPhone", "816-555-0199");
    values.put("county", "Jackson");
    values.put("industry", "manufacturing");
    values.put("employeeCount", 25);
    return values;
  }

  static Validation apply(Map<String, Object> values) {
    return form("employer-application").validate(values, Map.of(), FEEL, TODAY);
  }

  static Validation withChange(String key, Object value) {
    Map<String, Object> values = application();
    values.put(key, value);
    return apply(values);
  }

  @Test
  void acceptsACompleteApplicationAndTypesItsValuesAsTasklistDoes() {
    Validation result = apply(application());

    assertThat(result.valid()).isTrue();
    assertThat(result.variables()).containsEntry("employerName", "Acme Tools");
    TypedValue count = result.variables().getValueTyped("employeeCount");
    assertThat(count.getType()).isEqualTo(ValueType.INTEGER);
    assertThat(count.getValue()).isEqualTo(25);
  }

  @Test
  void refusesAMissingRequiredFieldNextToThatField() {
    Validation result = withChange("employerName", "  ");

    assertThat(result.valid()).isFalse();
    assertThat(result.errors()).containsOnlyKeys("Field_EmployerName");
    assertThat(result.errors().get("Field_EmployerName")).containsExactly("Please fill this in.");
    assertThat(result.variables()).isEmpty();
  }

  @Test
  void keepsEverythingTypedWhenAFieldIsWrong() {
    Validation result = withChange("contactEmail", "not an address");

    assertThat(result.errors()).containsOnlyKeys("Field_ContactEmail");
    assertThat(result.values())
        .containsEntry("contactEmail", "not an address")
        .containsEntry("employerName", "Acme Tools")
        .containsEntry("employeeCount", 25);
  }

  @Test
  void refusesTextLongerThanTheFormAllows() {
    assertThat(withChange("employerName", "x".repeat(201)).errors())
        .containsOnlyKeys("Field_EmployerName");
    assertThat(withChange("employerName", "x".repeat(200)).valid()).isTrue();
  }

  @Test
  void capsTextOfFieldsWithoutAMaximum() {
    Validation result =
        form("provide-more-information")
            .validate(
                Map.of("informationResponse", "x".repeat(FormSchema.DEFAULT_MAX_LENGTH + 1)),
                Map.of(),
                FEEL,
                TODAY);
    // The form allows 4,000 characters; the cap holds for any form that forgets a maximum.
    assertThat(result.errors()).containsOnlyKeys("Field_InformationResponse");
  }

  @Test
  void refusesTextThatDoesNotMatchTheFieldsPattern() {
    assertThat(withChange("contactPhone", "call me maybe").errors())
        .containsOnlyKeys("Field_ContactPhone");
  }

  @Test
  void refusesNumbersOutsideTheRangeOrWithFractionsWhereWholeNumbersAreAsked() {
    assertThat(withChange("employeeCount", 0).errors()).containsOnlyKeys("Field_EmployeeCount");
    assertThat(withChange("employeeCount", 1_000_001).errors())
        .containsOnlyKeys("Field_EmployeeCount");
    assertThat(withChange("employeeCount", 2.5).errors()).containsOnlyKeys("Field_EmployeeCount");
    assertThat(withChange("employeeCount", "many").errors())
        .containsOnlyKeys("Field_EmployeeCount");
    assertThat(withChange("employeeCount", 1).valid()).isTrue();
  }

  @Test
  void refusesAnOptionTheListDoesNotOffer() {
    assertThat(withChange("industry", "mining").errors()).containsOnlyKeys("Field_Industry");
  }

  @Test
  void refusesValuesOfTheWrongType() {
    assertThat(withChange("employerName", List.of("Acme")).errors())
        .containsOnlyKeys("Field_EmployerName");
    assertThat(withChange("industry", 3).errors()).containsOnlyKeys("Field_Industry");
  }

  @Test
  void refusesTheWholeSubmissionWhenItHasFieldsTheFormDoesNotDefine() {
    Map<String, Object> values = application();
    values.put("coordinator", "staff");
    values.put("eligibilityDecision", "accepted");

    Validation result = apply(values);

    assertThat(result.valid()).isFalse();
    assertThat(result.unknownFields()).containsExactly("coordinator", "eligibilityDecision");
    assertThat(result.variables()).isEmpty();
  }

  @Test
  void keepsAScriptAsPlainText() {
    Validation result = withChange("employerName", "<script>alert('x')</script>");

    assertThat(result.valid()).isTrue();
    assertThat(result.variables()).containsEntry("employerName", "<script>alert('x')</script>");
  }

  @Test
  void checksADateFieldAndRefusesPassedDatesWhereTheFormSaysSo() {
    FormSchema scheduling = form("officer-meeting-scheduling");
    FormSchema.Field meeting =
        scheduling.fields().stream()
            .filter(f -> f.key().equals("officerMeetingDateTime"))
            .findFirst()
            .orElseThrow();

    assertThat(meeting.check("2026-12-01T10:00:00-06:00", TODAY)).isNull();
    assertThat(meeting.check("2026-11-01T10:00:00-06:00", TODAY)).contains("has not passed");
    assertThat(meeting.check("next tuesday", TODAY)).contains("date and a time");
  }

  @Test
  void checksEveryTickedEntryOfAChecklist() {
    FormSchema.Field conditions =
        form("officer-meeting-outcome").fields().stream()
            .filter(f -> f.type().equals("checklist"))
            .findFirst()
            .orElseThrow();

    assertThat(conditions.check(List.of("curfews", "drug-tests"), TODAY)).isNull();
    assertThat(conditions.check(List.of("curfews", "anything"), TODAY)).isNotNull();
    assertThat(
            ((org.camunda.spin.plugin.variable.value.JsonValue)
                    conditions.variable(List.of("curfews")))
                .getValueSerialized())
        .isEqualTo("[\"curfews\"]");
  }

  @Test
  void neitherChecksNorWritesAFieldItsConditionHides() {
    FormSchema confirmation = form("officer-meeting-confirmation");
    String choiceKey = "officerMeetingConfirmation";
    FormSchema.Field choice =
        confirmation.fields().stream()
            .filter(f -> f.key().equals(choiceKey))
            .findFirst()
            .orElseThrow();
    List<FormSchema.Field> shownOnlyWhenAttending =
        confirmation.fields().stream()
            .filter(f -> f.hide() != null && f.hide().contains("!= \"attending\""))
            .toList();
    assertThat(choice.options()).contains("attending", "another-time");
    assertThat(shownOnlyWhenAttending).isNotEmpty();

    Map<String, Object> anotherTime = new HashMap<>();
    anotherTime.put(choiceKey, "another-time");
    for (FormSchema.Field field : shownOnlyWhenAttending) {
      anotherTime.put(field.key(), "x".repeat(FormSchema.DEFAULT_MAX_LENGTH + 1));
    }

    Validation result = confirmation.validate(anotherTime, Map.of(), FEEL, TODAY);

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables()).containsEntry(choiceKey, "another-time");
    shownOnlyWhenAttending.forEach(f -> assertThat(result.variables()).doesNotContainKey(f.key()));
  }

  @Test
  void showsTheFormOnlyTheVariablesItMentions() {
    assertThat(form("provide-more-information").referencedVariables())
        .contains("informationRequest", "informationResponse")
        .doesNotContain("coordinator", "contactEmail");
  }

  @Test
  void refusesAFileThatIsNotAForm() {
    assertThatThrownBy(() -> FormSchema.parse("{\"id\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<String> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files
          .map(f -> f.getFileName().toString().replace(".form", ""))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(
      name = "{0}: every field refuses a value of the wrong type and an empty required value")
  @MethodSource("forms")
  void everyFormsFieldsAreChecked(String id) {
    for (FormSchema.Field field : form(id).fields()) {
      if (field.disabled() || field.readonly()) {
        continue;
      }
      assertThat(field.check(Map.of("not", "a value"), TODAY)).as(field.id()).isNotNull();
      if (field.required()) {
        assertThat(field.check(null, TODAY)).as(field.id()).isNotNull();
      }
    }
  }
}
