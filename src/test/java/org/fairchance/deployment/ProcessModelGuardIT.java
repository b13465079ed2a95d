package org.fairchance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a manager's change in the Modeler must not break: every bean a model names exists, every
 * form it references is in {@code forms/}, every called process and decision exists, and every id
 * our code refers to (the process classes' constants) is still in its model.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProcessModelGuardIT {

  static Map<Path, BpmnModelInstance> models = new HashMap<>();
  static Map<Path, Document> documents = new HashMap<>();
  static Map<String, Path> formsById = new HashMap<>();
  static Set<String> decisionIds = new TreeSet<>();

  @Autowired ApplicationContext context;

  @BeforeAll
  static void readModels() throws Exception {
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        models.put(file, Bpmn.readModelFromFile(file.toFile()));
        documents.put(file, xml.newDocumentBuilder().parse(file.toFile()));
      }
    }
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
        Matcher decision =
            Pattern.compile("<decision id=\"([^\"]+)\"").matcher(Files.readString(file));
        while (decision.find()) {
          decisionIds.add(decision.group(1));
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        formsById.put(form.path("id").asText(), file);
      }
    }
    assertThat(models).isNotEmpty();
  }

  @Test
  void everyBeanAModelNamesExists() {
    List<String> missing = new ArrayList<>();
    forEachAttribute(
        (model, element, name, value) -> {
          for (String bean : beansIn(name, value)) {
            if (!context.containsBean(bean)) {
              missing.add(model.getFileName() + " " + element + " " + name + ": ${" + bean + "}");
            }
          }
        });
    assertThat(missing).as("beans named in the models but missing in the application").isEmpty();
  }

  @Test
  void findsTheBeansAnExpressionNeeds() {
    assertThat(beansIn("delegateExpression", "${sendMailDelegate}"))
        .containsExactly("sendMailDelegate");
    assertThat(beansIn("timeDuration", "${journeyTimers.employerSilence()}"))
        .containsExactly("journeyTimers");
    assertThat(beansIn("businessKey", "#{execution.processBusinessKey}")).isEmpty();
    assertThat(beansIn("conditionExpression", "${eligibilityDecision == 'a.b'}")).isEmpty();
    assertThat(beansIn("name", "Review eligibility: ${employerName}")).isEmpty();
  }

  @Test
  void everyModelKeepsTheRulesDeploymentsAreCheckedAgainst() throws IOException {
    ModelRules rules = new ModelRules(context::containsBean);
    ModelRules.Forms forms =
        new ModelRules.Forms() {
          @Override
          public boolean inDeployment(String formId) {
            return formsById.containsKey(formId);
          }

          @Override
          public boolean deployedBefore(String formId) {
            return false;
          }
        };
    List<String> problems = new ArrayList<>();
    for (Path file : models.keySet()) {
      rules.check(Files.readAllBytes(file), forms).forEach(p -> problems.add(file + " " + p));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormAModelReferencesIsInTheFormsFolder() {
    List<String> missing = new ArrayList<>();
    forEachAttribute(
        (model, element, name, value) -> {
          if (name.equals("formRef") && !formsById.containsKey(value)) {
            missing.add(model.getFileName() + " " + element + ": form " + value);
          }
        });
    assertThat(missing).as("forms referenced but not in forms/").isEmpty();
  }

  @Test
  void everyFormFileIsNamedAfterItsId() {
    formsById.forEach(
        (id, file) -> assertThat(file.getFileName().toString()).isEqualTo(id + ".form"));
  }

  @Test
  void everyProcessFileIsNamedAfterItsProcess() {
    models.forEach(
        (file, model) ->
            assertThat(model.getModelElementsByType(Process.class))
                .extracting(Process::getId)
                .containsExactly(file.getFileName().toString().replace(".bpmn", "")));
  }

  @Test
  void everyCalledProcessAndDecisionExists() {
    Set<String> processKeys = new TreeSet<>();
    models
        .values()
        .forEach(
            m -> m.getModelElementsByType(Process.class).forEach(p -> processKeys.add(p.getId())));
    List<String> missing = new ArrayList<>();
    models.forEach(
        (file, model) -> {
          for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            if (!processKeys.contains(call.getCalledElement())) {
              missing.add(
                  file.getFileName() + " " + call.getId() + " calls " + call.getCalledElement());
            }
          }
        });
    forEachAttribute(
        (model, element, name, value) -> {
          if (name.equals("decisionRef") && !decisionIds.contains(value)) {
            missing.add(model.getFileName() + " " + element + " decides with " + value);
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyIdConstantOfAProcessClassIsInItsModel() throws Exception {
    List<Class<?>> processClasses = processClasses();
    assertThat(processClasses).isNotEmpty();
    List<String> missing = new ArrayList<>();
    for (Class<?> processClass : processClasses) {
      String key = (String) processClass.getField("KEY").get(null);
      Path file = Path.of("processes", key + ".bpmn");
      assertThat(models)
          .as("%s has processes/%s.bpmn", processClass.getSimpleName(), key)
          .containsKey(file);
      BpmnModelInstance model = models.get(file);
      for (Class<?> nested : processClass.getDeclaredClasses()) {
        for (String constant : constants(nested)) {
          switch (nested.getSimpleName()) {
            case "Elements" -> {
              if (model.getModelElementById(constant) == null) {
                missing.add(processClass.getSimpleName() + ".Elements: " + constant);
              }
            }
            case "Forms" -> {
              if (!formsById.containsKey(constant)) {
                missing.add(processClass.getSimpleName() + ".Forms: " + constant);
              }
            }
            default -> {}
          }
        }
      }
    }
    assertThat(missing).as("ids our code uses but the models no longer have").isEmpty();
  }

  interface AttributeVisitor {
    void visit(Path model, String elementId, String attribute, String value);
  }

  private static void forEachAttribute(AttributeVisitor visitor) {
    documents.forEach((file, document) -> visit(file, "", document.getDocumentElement(), visitor));
  }

  private static void visit(
      Path file, String elementId, Element element, AttributeVisitor visitor) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : elementId;
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node attribute = attributes.item(i);
      String name =
          attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
      visitor.visit(file, id, name, attribute.getNodeValue());
    }
    boolean hasChildElements = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        hasChildElements = true;
        visit(file, id, childElement, visitor);
      }
    }
    // Text of leaf elements: conditions, timer definitions, input parameters.
    if (!hasChildElements) {
      visitor.visit(file, id, element.getLocalName(), element.getTextContent());
    }
  }

  static Set<String> beansIn(String attribute, String value) {
    return ModelRules.beansIn(attribute, value);
  }

  private static List<Class<?>> processClasses() throws IOException, ClassNotFoundException {
    var resolver = new PathMatchingResourcePatternResolver();
    var readers = new CachingMetadataReaderFactory(resolver);
    List<Class<?>> classes = new ArrayList<>();
    for (var resource : resolver.getResources("classpath*:org/fairchance/**/*Process.class")) {
      String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
      Class<?> type = Class.forName(name);
      if (Modifier.isFinal(type.getModifiers()) && hasKey(type)) {
        classes.add(type);
      }
    }
    return classes;
  }

  private static boolean hasKey(Class<?> type) {
    try {
      return type.getField("KEY").getType() == String.class;
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  private static List<String> constants(Class<?> holder) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }
}
