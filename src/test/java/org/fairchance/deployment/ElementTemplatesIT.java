package org.fairchance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.reminders.MailRecipient;
import org.fairchance.reminders.MailTemplates;
import org.fairchance.reminders.SendMailDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The element templates Camunda Modeler offers managers ({@code
 * processes/.camunda/element-templates}) fill in only what the application really has: beans, their
 * inputs, mail kinds with templates, groups, decisions.
 */
@SpringBootTest
@ActiveProfiles("test")
class ElementTemplatesIT {

  static final Path FOLDER = Path.of("processes", ".camunda", "element-templates");

  static Map<String, JsonNode> templates = new TreeMap<>();

  @Autowired ApplicationContext context;
  @Autowired MailTemplates mailTemplates;

  @BeforeAll
  static void readTemplates() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        JsonNode template = json.readTree(file.toFile());
        templates.put(template.path("id").asText(), template);
      }
    }
  }

  @Test
  void offersTheReusablePiecesOfTheJourney() {
    assertThat(templates)
        .containsOnlyKeys(
            "org.fairchance.send-mail",
            "org.fairchance.assign-coordinator",
            "org.fairchance.employer-task",
            "org.fairchance.staff-task",
            "org.fairchance.journey-stage");
    templates.forEach(
        (id, template) -> {
          assertThat(template.path("name").asText()).as(id).isNotBlank();
          assertThat(template.path("version").asInt()).as(id).isPositive();
          assertThat(template.path("appliesTo").isArray()).as(id).isTrue();
          assertThat(template.path("properties").size()).as(id).isPositive();
        });
  }

  @Test
  void everyBeanATemplateFillsInExists() {
    List<String> missing = new ArrayList<>();
    templates.forEach(
        (id, template) ->
            template
                .path("properties")
                .forEach(
                    property -> {
                      String attribute = property.path("binding").path("name").asText("");
                      String type = property.path("binding").path("type").asText();
                      String key =
                          attribute.isEmpty() && type.equals("camunda:executionListener")
                              ? "delegateExpression"
                              : attribute.replace("camunda:", "");
                      for (String value : values(property)) {
                        for (String bean : ModelRules.beansIn(key, value)) {
                          if (!context.containsBean(bean)) {
                            missing.add(id + " " + key + ": " + bean);
                          }
                        }
                      }
                    }));
    assertThat(missing).isEmpty();
    assertThat(property("org.fairchance.send-mail", "camunda:delegateExpression").path("value"))
        .hasToString("\"${sendMailDelegate}\"");
  }

  @Test
  void theMailTemplateOffersEveryKindTheModelsSendAndNoKindWithoutWords() throws IOException {
    JsonNode mailKind = input("org.fairchance.send-mail", SendMailDelegate.MAIL_KIND);
    Set<String> offered = new TreeSet<>(choices(mailKind));

    assertThat(offered).allMatch(mailTemplates::exists, "has subject, text and HTML templates");
    assertThat(offered).containsAll(mailKindsInModels());
    assertThat(offered).contains(mailKind.path("value").asText());
  }

  @Test
  void theMailTemplateOffersOnlyRecipientsTheDelegateKnows() {
    JsonNode recipient = input("org.fairchance.send-mail", SendMailDelegate.RECIPIENT);

    assertThat(choices(recipient))
        .extracting(MailRecipient::parse)
        .containsExactlyInAnyOrder(MailRecipient.values());
  }

  @Test
  void taskTemplatesRouteToOurGroups() {
    assertThat(property("org.fairchance.employer-task", "camunda:candidateGroups").path("value"))
        .hasToString("\"" + Groups.EMPLOYER + "\"");
    assertThat(choices(property("org.fairchance.staff-task", "camunda:candidateGroups")))
        .containsExactlyInAnyOrderElementsOf(Groups.TASK_WORKERS);
    for (String id : List.of("org.fairchance.employer-task", "org.fairchance.staff-task")) {
      assertThat(property(id, "camunda:formRefBinding").path("value").asText())
          .as("%s binds the form deployed with the diagram", id)
          .isEqualTo("deployment");
    }
  }

  @Test
  void theEmployerTaskSwitchesTheMailByTheModelsOwnProperty() throws IOException {
    JsonNode switchProperty = null;
    for (JsonNode property : templates.get("org.fairchance.employer-task").path("properties")) {
      if (property.path("binding").path("type").asText().equals("camunda:property")) {
        switchProperty = property;
      }
    }
    assertThat(switchProperty).isNotNull();
    String name = switchProperty.path("binding").path("name").asText();
    assertThat(choices(switchProperty)).containsExactlyInAnyOrder("on", "off");
    // The models that turn the mail off use the same property, and the journey honours it.
    assertThat(modelsText()).contains("<camunda:property name=\"" + name + "\" value=\"off\" />");
  }

  @Test
  void theCoordinatorTemplateUsesTheRoutingDecisionAndFillsTheJourneysVariable()
      throws IOException {
    String decision =
        property("org.fairchance.assign-coordinator", "camunda:decisionRef").path("value").asText();

    assertThat(Files.readString(Path.of("processes", decision + ".dmn")))
        .contains("<decision id=\"" + decision + "\"");
    assertThat(
            property("org.fairchance.assign-coordinator", "camunda:resultVariable")
                .path("value")
                .asText())
        .isEqualTo(EmployerOnboardingProcess.Variables.COORDINATOR);
  }

  private static List<String> values(JsonNode property) {
    List<String> values = new ArrayList<>();
    if (property.has("value")) {
      values.add(property.path("value").asText());
    }
    values.addAll(choices(property));
    return values;
  }

  private static List<String> choices(JsonNode property) {
    List<String> values = new ArrayList<>();
    property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
    return values;
  }

  private static JsonNode property(String templateId, String attribute) {
    for (JsonNode property : templates.get(templateId).path("properties")) {
      if (property.path("binding").path("type").asText().equals("property")
          && property.path("binding").path("name").asText().equals(attribute)) {
        return property;
      }
    }
    throw new AssertionError(templateId + " does not set " + attribute);
  }

  private static JsonNode input(String templateId, String name) {
    for (JsonNode property : templates.get(templateId).path("properties")) {
      if (property.path("binding").path("type").asText().equals("camunda:inputParameter")
          && property.path("binding").path("name").asText().equals(name)) {
        return property;
      }
    }
    throw new AssertionError(templateId + " has no input " + name);
  }

  private static Set<String> mailKindsInModels() throws IOException {
    Set<String> kinds = new TreeSet<>();
    Matcher kind =
        Pattern.compile("name=\"" + SendMailDelegate.MAIL_KIND + "\">([^<]+)<")
            .matcher(modelsText());
    while (kind.find()) {
      kinds.add(kind.group(1).strip());
    }
    assertThat(kinds).isNotEmpty();
    return kinds;
  }

  private static String modelsText() throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        text.append(Files.readString(file));
      }
    }
    return text.toString();
  }
}
