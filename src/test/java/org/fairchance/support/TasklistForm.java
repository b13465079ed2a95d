package org.fairchance.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The variables of a Camunda Form as Tasklist submits them to {@code /engine-rest}: each value with
 * its type, a checklist's list as {@code Json} text. For {@code .../submit-form} of a task or of a
 * process definition's start form.
 */
public final class TasklistForm {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode variables = JSON.createObjectNode();

  public static TasklistForm form() {
    return new TasklistForm();
  }

  /** Text fields, text areas, radio buttons, selects, and date fields (ISO text). */
  public TasklistForm text(String name, String value) {
    return put(name, "String", NODES.textNode(value));
  }

  /** A number field holding a whole number. */
  public TasklistForm number(String name, int value) {
    return put(name, "Integer", NODES.numberNode(value));
  }

  /** A number field holding a fraction. */
  public TasklistForm decimal(String name, double value) {
    return put(name, "Double", NODES.numberNode(value));
  }

  public TasklistForm checkbox(String name, boolean value) {
    return put(name, "Boolean", NODES.booleanNode(value));
  }

  /** A checklist: the ticked values as a JSON list, which the engine keeps as a Spin value. */
  public TasklistForm checklist(String name, List<String> values) {
    try {
      return put(name, "Json", NODES.textNode(JSON.writeValueAsString(values)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The body of {@code POST /task/{id}/submit-form}. */
  public String submission() {
    return write(JSON.createObjectNode().set("variables", variables));
  }

  /** The body of {@code POST /process-definition/key/{key}/submit-form}. */
  public String start(String businessKey) {
    ObjectNode body = JSON.createObjectNode().put("businessKey", businessKey);
    body.set("variables", variables);
    return write(body);
  }

  private TasklistForm put(String name, String type, JsonNode value) {
    ObjectNode variable = variables.putObject(name);
    variable.put("type", type);
    variable.set("value", value);
    return this;
  }

  private static String write(ObjectNode body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
