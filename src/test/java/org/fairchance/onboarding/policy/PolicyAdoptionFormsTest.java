package org.fairchance.onboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairchance.onboarding.policy.PolicyAdoptionProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess.Forms;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess.Values;
import org.junit.jupiter.api.Test;

/**
 * The stage's forms send and show the variables that the process model's conditions and the stage's
 * code read: a key or a value renamed in the Modeler on one side only breaks here.
 */
class PolicyAdoptionFormsTest {

  static final List<String> FORMS = List.of(Forms.ATTESTATION, Forms.REVIEW);
  static final String HIDDEN_UNLESS_A_LOCAL_LAW_APPLIES = "=localLawApplies != true";
  static final int LONGEST_LABEL_ON_A_PHONE = 38;

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
  void employerConfirmsEveryElementAndGivesALinkOrADescription() {
    List<String> expected = new ArrayList<>(POLICY_ELEMENTS);
    expected.addAll(List.of(DOCUMENT_LINK, DESCRIPTION));
    assertThat(keys(Forms.ATTESTATION)).containsExactlyElementsOf(expected);
    for (String element : POLICY_ELEMENTS) {
      JsonNode checkbox = field(Forms.ATTESTATION, element);
      assertThat(checkbox.path("type").asText()).isEqualTo("checkbox");
      assertThat(checkbox.path("description").asText()).as(element).isNotBlank();
      assertThat(checkbox.path("label").asText())
          .as("form-js does not wrap labels: %s must fit on a phone", element)
          .hasSizeLessThanOrEqualTo(LONGEST_LABEL_ON_A_PHONE);
    }
    assertThat(field(Forms.ATTESTATION, FCRA_NOTICES).path("description").asText())
        .contains("pre-adverse action notice", "copy of the report", "5 business days");
  }

  @Test
  void employerIsAskedAboutTheLocalLawOnlyWhenOneApplies() {
    assertThat(hideCondition(field(Forms.ATTESTATION, LOCAL_LAW_FOLLOWED)))
        .isEqualTo(HIDDEN_UNLESS_A_LOCAL_LAW_APPLIES);
    JsonNode lawText = component(Forms.ATTESTATION, "Text_LocalLaw");
    assertThat(lawText.path("text").asText()).contains("{{" + LOCAL_LAW_NAME + "}}");
    assertThat(hideCondition(lawText)).isEqualTo(HIDDEN_UNLESS_A_LOCAL_LAW_APPLIES);
  }

  @Test
  void employerSeesTheProblemAndTheReviewersCommentsOnlyWhenThereAreAny() {
    assertThat(hideCondition(component(Forms.ATTESTATION, "Text_AnswersProblem")))
        .isEqualTo("=" + ANSWERS_PROBLEM + " = null");
    assertThat(hideCondition(component(Forms.ATTESTATION, "Text_ReviewComments")))
        .isEqualTo("=" + REVIEW_COMMENTS + " = null");
  }

  /**
   * The server checks the link, and sends the form back with a message an employer understands:
   * Tasklist's form-js 1.8.7 would show a pattern's failure as the bare regular expression.
   */
  @Test
  void linkIsCheckedOnTheServerAndTheLengthsAgree() {
    JsonNode link = field(Forms.ATTESTATION, DOCUMENT_LINK);
    assertThat(link.path("validate").has("pattern")).isFalse();
    assertThat(link.path("validate").path("maxLength").asInt())
        .isEqualTo(WrittenPolicy.MAX_LINK_LENGTH);
    assertThat(field(Forms.ATTESTATION, DESCRIPTION).path("validate").path("maxLength").asInt())
        .isEqualTo(WrittenPolicy.MAX_DESCRIPTION_LENGTH);
    Matcher example = Pattern.compile("https://\\S+").matcher(link.path("description").asText());
    assertThat(example.find()).as("the link's description shows an example").isTrue();
    assertThat(WrittenPolicy.check(example.group(), null).readyForReview()).isTrue();
  }

  @Test
  void reviewerSeesEveryElementWithoutChangingItAndDecides() {
    List<String> expected = new ArrayList<>(POLICY_ELEMENTS);
    expected.addAll(List.of(REVIEW_DECISION, REVIEW_COMMENTS));
    assertThat(keys(Forms.REVIEW)).containsExactlyElementsOf(expected);
    for (String element : POLICY_ELEMENTS) {
      assertThat(field(Forms.REVIEW, element).path("disabled").asBoolean()).as(element).isTrue();
    }
    assertThat(hideCondition(field(Forms.REVIEW, LOCAL_LAW_FOLLOWED)))
        .isEqualTo(HIDDEN_UNLESS_A_LOCAL_LAW_APPLIES);
    assertThat(component(Forms.REVIEW, "Text_Employer").path("text").asText())
        .contains("{{" + LOCAL_LAW_NAME + "}}");
    assertThat(component(Forms.REVIEW, "Text_DocumentLink").path("text").asText())
        .contains("{{" + DOCUMENT_LINK + "}}");
    assertThat(component(Forms.REVIEW, "Text_Description").path("text").asText())
        .contains("{{" + DESCRIPTION + "}}");
    assertThat(component(Forms.REVIEW, "Text_PreviousComments").path("text").asText())
        .contains("{{" + PREVIOUS_REVIEW_COMMENTS + "}}");
  }

  @Test
  void reviewerReadsEachElementAsTheEmployerDid() {
    for (String element : POLICY_ELEMENTS) {
      JsonNode asked = field(Forms.ATTESTATION, element);
      JsonNode shown = field(Forms.REVIEW, element);
      assertThat(shown.path("label")).as(element).isEqualTo(asked.path("label"));
      assertThat(shown.path("description")).as(element).isEqualTo(asked.path("description"));
    }
  }

  @Test
  void reviewerApprovesOrReturnsWithComments() {
    assertThat(values(Forms.REVIEW, REVIEW_DECISION))
        .containsExactly(Values.APPROVED, Values.RETURNED);
    JsonNode comments = field(Forms.REVIEW, REVIEW_COMMENTS);
    assertThat(comments.path("validate").path("required").asBoolean()).isTrue();
    assertThat(hideCondition(comments))
        .isEqualTo("=" + REVIEW_DECISION + " != \"" + Values.RETURNED + "\"");
  }

  private static String hideCondition(JsonNode component) {
    return component.path("conditional").path("hide").asText(null);
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

  private static JsonNode component(String formId, String id) {
    for (JsonNode component : form(formId).path("components")) {
      if (id.equals(component.path("id").asText())) {
        return component;
      }
    }
    throw new AssertionError(formId + " has no component " + id);
  }

  private static JsonNode form(String id) {
    try (InputStream in =
        PolicyAdoptionFormsTest.class.getResourceAsStream("/forms/" + id + ".form")) {
      assertThat(in).as("forms/%s.form", id).isNotNull();
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new AssertionError("Cannot read form " + id, e);
    }
  }
}
