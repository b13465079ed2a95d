package org.fairchance.onboarding.sustain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fairchance.onboarding.sustain.SustainReviewProcess.Forms;
import org.fairchance.onboarding.sustain.SustainReviewProcess.Values;
import org.fairchance.onboarding.sustain.SustainReviewProcess.Variables;
import org.junit.jupiter.api.Test;

/** The stage's forms submit the variables and values its process and delegate read. */
class SustainFormsTest {

  @Test
  void checkInFormAsksWhatTheDelegateRecords() throws IOException {
    JsonNode form = form(Forms.RETENTION_CHECK_IN);

    assertThat(keys(form))
        .containsExactly(
            Variables.STILL_EMPLOYED,
            Variables.CURRENT_HOURLY_WAGE,
            Variables.PROMOTED,
            Variables.HELP_WANTED);
    assertThat(values(form, Variables.STILL_EMPLOYED)).containsExactly(Values.YES, Values.NO);
    assertThat(values(form, Variables.PROMOTED)).containsExactly(Values.YES, Values.NO);
  }

  @Test
  void reviewFormOffersTheDecisionsTheProcessRoutes() throws IOException {
    JsonNode form = form(Forms.SUSTAIN_REVIEW);

    assertThat(keys(form)).containsExactly(Variables.SUSTAIN_DECISION, Variables.SUSTAIN_NOTE);
    assertThat(values(form, Variables.SUSTAIN_DECISION))
        .containsExactly(Values.RECOGNIZE, Values.MORE_TIME, Values.CLOSE);
  }

  private static JsonNode form(String id) throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile());
    assertThat(form.path("id").asText()).isEqualTo(id);
    form.path("components").forEach(c -> assertThat(c.hasNonNull("id")).isTrue());
    return form;
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
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        component.path("values").forEach(value -> values.add(value.path("value").asText()));
      }
    }
    return values;
  }
}
