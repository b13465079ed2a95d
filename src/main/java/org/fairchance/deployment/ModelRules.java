package org.fairchance.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The rules every BPMN model of ours keeps, whether it comes from {@code processes/} or from
 * Camunda Modeler: the process keeps its history for a set time, every step has a name a manager
 * understands, every user task is routed to someone and has a form that can be found, and every
 * bean an expression names exists. Each problem names the element it is about.
 */
public final class ModelRules {

  /** One broken rule: the element's id and what is wrong, in plain words. */
  public record Problem(String elementId, String message) {
    @Override
    public String toString() {
      return elementId + ": " + message;
    }
  }

  /** Where a form a model references can be found. */
  public interface Forms {
    /** A form with this id is in the same deployment as the model. */
    boolean inDeployment(String formId);

    /** A form with this id was deployed before (for bindings other than "deployment"). */
    boolean deployedBefore(String formId);
  }

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** Names the engine resolves itself inside expressions. */
  private static final Set<String> ENGINE_NAMES =
      Set.of(
          "execution",
          "task",
          "authenticatedUserId",
          "dateTime",
          "now",
          "currentUser",
          "currentUserGroups",
          "variableContext",
          "connector",
          "S",
          "XML",
          "JSON",
          "decisionResult");

  /** BPMN elements a manager sees as steps of the diagram: each needs a name. */
  private static final Set<String> FLOW_NODES =
      Set.of(
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent",
          "task",
          "userTask",
          "serviceTask",
          "sendTask",
          "receiveTask",
          "manualTask",
          "scriptTask",
          "businessRuleTask",
          "callActivity",
          "subProcess",
          "transaction",
          "exclusiveGateway",
          "inclusiveGateway",
          "parallelGateway",
          "eventBasedGateway",
          "complexGateway");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern BEAN_USE =
      Pattern.compile("(?<![\\w.'\"])([a-zA-Z_]\\w*)\\s*\\.\\s*[a-zA-Z_]\\w*");
  private static final Pattern DELEGATE =
      Pattern.compile("^\\s*[$#]\\{\\s*([a-zA-Z_]\\w*)\\s*}\\s*$");

  private final Predicate<String> beanExists;

  /**
   * @param beanExists whether the application has a bean of that name
   */
  public ModelRules(Predicate<String> beanExists) {
    this.beanExists = beanExists;
  }

  /** The problems of one BPMN file; empty when it keeps every rule. */
  public List<Problem> check(byte[] bpmn, Forms forms) {
    Document document = parse(bpmn);
    List<Problem> problems = new ArrayList<>();
    Element root = document.getDocumentElement();
    for (Element process : children(root, "process")) {
      checkProcess(process, problems);
    }
    walk(root, "", problems, forms);
    return problems;
  }

  private static void checkProcess(Element process, List<Problem> problems) {
    String id = process.getAttribute("id");
    if (!"true".equals(process.getAttribute("isExecutable"))) {
      return;
    }
    if (blank(process.getAttributeNS(CAMUNDA, "historyTimeToLive"))) {
      problems.add(
          new Problem(
              id,
              "the process has no history time to live (Camunda Modeler: process, History cleanup,"
                  + " Time to live, e.g. 1825 days)"));
    }
    if (blank(process.getAttribute("name"))) {
      problems.add(new Problem(id, "the process has no name"));
    }
  }

  private void walk(Element element, String ownerId, List<Problem> problems, Forms forms) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
    String kind = element.getLocalName();
    if (BPMN.equals(element.getNamespaceURI()) && FLOW_NODES.contains(kind)) {
      if (blank(element.getAttribute("name"))) {
        problems.add(new Problem(id, "the " + words(kind) + " has no name"));
      }
      if (kind.equals("userTask")) {
        checkUserTask(element, id, problems);
      }
      checkForm(element, id, problems, forms);
    }
    checkBeans(element, id, problems);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(childElement, id, problems, forms);
      }
    }
  }

  private static void checkUserTask(Element task, String id, List<Problem> problems) {
    boolean routed =
        !blank(task.getAttributeNS(CAMUNDA, "candidateGroups"))
            || !blank(task.getAttributeNS(CAMUNDA, "candidateUsers"))
            || !blank(task.getAttributeNS(CAMUNDA, "assignee"));
    if (!routed) {
      problems.add(
          new Problem(
              id, "the user task is routed to nobody: give it candidate groups or an assignee"));
    }
    if (blank(task.getAttributeNS(CAMUNDA, "formRef"))
        && blank(task.getAttributeNS(CAMUNDA, "formKey"))) {
      problems.add(
          new Problem(id, "the user task has no form: give it a Camunda Form from forms/"));
    }
  }

  private static void checkForm(Element element, String id, List<Problem> problems, Forms forms) {
    String formId = element.getAttributeNS(CAMUNDA, "formRef");
    if (blank(formId) || formId.contains("${") || formId.contains("#{")) {
      return;
    }
    String binding = element.getAttributeNS(CAMUNDA, "formRefBinding");
    boolean found =
        "deployment".equals(binding)
            ? forms.inDeployment(formId)
            : forms.inDeployment(formId) || forms.deployedBefore(formId);
    if (!found) {
      problems.add(
          new Problem(
              id,
              "the form '"
                  + formId
                  + "' is not "
                  + ("deployment".equals(binding) ? "in this deployment" : "deployed")
                  + ": add forms/"
                  + formId
                  + ".form to the deployment"));
    }
  }

  private void checkBeans(Element element, String id, List<Problem> problems) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node attribute = attributes.item(i);
      String name =
          attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
      reportMissingBeans(id, name, attribute.getNodeValue(), problems);
    }
    if (!hasChildElements(element)) {
      // Text of leaf elements: conditions, timer definitions, input parameters.
      reportMissingBeans(id, element.getLocalName(), element.getTextContent(), problems);
    }
  }

  private void reportMissingBeans(
      String id, String attribute, String value, List<Problem> problems) {
    for (String bean : beansIn(attribute, value)) {
      if (!beanExists.test(bean)) {
        problems.add(
            new Problem(
                id,
                "the expression in "
                    + attribute
                    + " names '"
                    + bean
                    + "', which the application does not have"));
      }
    }
  }

  /** Beans an attribute needs: the whole of a delegate expression, or x in ${x.y}. */
  public static Set<String> beansIn(String attribute, String value) {
    Set<String> beans = new TreeSet<>();
    if (value == null) {
      return beans;
    }
    if (attribute.equals("delegateExpression")) {
      Matcher delegate = DELEGATE.matcher(value);
      if (delegate.matches()) {
        beans.add(delegate.group(1));
      }
    }
    Matcher expression = EXPRESSION.matcher(value);
    while (expression.find()) {
      Matcher use = BEAN_USE.matcher(expression.group(1));
      while (use.find()) {
        if (!ENGINE_NAMES.contains(use.group(1))) {
          beans.add(use.group(1));
        }
      }
    }
    return beans;
  }

  static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // A model is data from a person's upload: no DTDs, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      var builder = factory.newDocumentBuilder();
      // Problems become the exception below, not lines on the console.
      builder.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e)
                throws org.xml.sax.SAXParseException {
              throw e;
            }
          });
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalArgumentException("Not a readable BPMN file: " + e.getMessage(), e);
    }
  }

  static List<Element> children(Element parent, String bpmnName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && BPMN.equals(element.getNamespaceURI())
          && bpmnName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static boolean hasChildElements(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        return true;
      }
    }
    return false;
  }

  /** "userTask" as "user task". */
  private static String words(String kind) {
    return kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
