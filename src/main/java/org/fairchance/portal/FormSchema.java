package org.fairchance.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A Camunda Form ({@code forms/*.form}) as the server reads it: its fields and their rules, so what
 * a browser submits is checked against the very file Tasklist renders. Nothing the browser sends is
 * trusted: a field the form does not define is refused, every rule is applied again, and the values
 * become process variables typed as Tasklist would submit them.
 */
final class FormSchema {

  /** Longest text a field takes when its form sets no maximum length. */
  static final int DEFAULT_MAX_LENGTH = 10_000;

  /** Most entries a checklist or tag list may hold. */
  static final int MAX_LIST_ENTRIES = 100;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EMAIL =
      Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3,}$");
  private static final Pattern TEMPLATE_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final String id;
  private final String json;
  private final List<Field> fields;
  private final Set<String> referencedVariables;

  private FormSchema(String id, String json, List<Field> fields, Set<String> referenced) {
    this.id = id;
    this.json = json;
    this.fields = fields;
    this.referencedVariables = referenced;
  }

  /** Reads the JSON of a {@code .form} file. */
  static FormSchema parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a Camunda Form: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.path("components").isArray()) {
      throw new IllegalArgumentException("Not a Camunda Form: no components");
    }
    List<Field> fields = new ArrayList<>();
    Set<String> referenced = new LinkedHashSet<>();
    collect(root.path("components"), fields, referenced);
    return new FormSchema(
        root.path("id").asText(null),
        json,
        List.copyOf(fields),
        Collections.unmodifiableSet(referenced));
  }

  private static void collect(JsonNode components, List<Field> fields, Set<String> referenced) {
    for (JsonNode component : components) {
      words(component.path("text").asText(""), referenced);
      words(component.path("conditional").path("hide").asText(""), referenced);
      if (component.has("key")) {
        Field field = Field.of(component);
        fields.add(field);
        referenced.add(field.key());
      }
      if (component.path("components").isArray()) {
        collect(component.path("components"), fields, referenced);
      }
    }
  }

  private static void words(String text, Set<String> into) {
    Matcher words = TEMPLATE_WORD.matcher(text);
    while (words.find()) {
      into.add(words.group());
    }
  }

  String id() {
    return id;
  }

  /** The form's JSON, for the viewer in the browser. */
  String json() {
    return json;
  }

  List<Field> fields() {
    return fields;
  }

  /**
   * Variables the form shows or depends on: its fields' keys and every name its texts and
   * conditions could mention. The page gets these and no others of the journey's variables.
   */
  Set<String> referencedVariables() {
    return referencedVariables;
  }

  /**
   * Checks a submission.
   *
   * @param submitted what the browser sent, as parsed from JSON
   * @param context the variables the form was shown with (its conditions may read them)
   * @param conditions evaluates the forms' "hide if" expressions
   * @param today the chamber's date, for fields that refuse past dates
   */
  Validation validate(
      Map<String, Object> submitted,
      Map<String, Object> context,
      Conditions conditions,
      LocalDate today) {
    Map<String, Field> byKey = new LinkedHashMap<>();
    fields.forEach(field -> byKey.putIfAbsent(field.key(), field));
    List<String> unknown =
        submitted.keySet().stream().filter(key -> !byKey.containsKey(key)).sorted().toList();
    Map<String, Object> kept = new LinkedHashMap<>();
    byKey.keySet().forEach(key -> kept.put(key, submitted.get(key)));
    if (!unknown.isEmpty()) {
      return new Validation(Variables.createVariables(), Map.of(), kept, unknown);
    }

    // The conditions see what the form saw: the shown variables, then the values as typed.
    Map<String, Object> data = new LinkedHashMap<>(context);
    byKey.keySet().forEach(key -> data.putIfAbsent(key, null));
    for (Field field : fields) {
      Object typed = field.typedOrNull(submitted.get(field.key()));
      data.put(field.key(), typed);
    }

    VariableMap variables = Variables.createVariables();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Field field : fields) {
      if (field.disabled() || field.readonly()) {
        continue;
      }
      if (field.hide() != null && conditions.hides(field.hide(), data)) {
        continue;
      }
      Object value = submitted.get(field.key());
      String error = field.check(value, today);
      if (error != null) {
        errors.put(field.id(), List.of(error));
      } else {
        variables.put(field.key(), field.variable(value));
      }
    }
    return new Validation(
        errors.isEmpty() ? variables : Variables.createVariables(), errors, kept, List.of());
  }

  /** Evaluates a form's condition (FEEL, with or without the leading {@code =}). */
  interface Conditions {
    boolean hides(String expression, Map<String, Object> data);
  }

  /**
   * The outcome of checking a submission.
   *
   * @param variables what to write, typed as Tasklist submits them; only when there are no errors
   * @param errors messages by the form's component id (form-js shows them next to the field)
   * @param values what was typed, for fields of the form, to show again with the errors
   * @param unknownFields names sent that the form does not have; the submission is refused whole
   */
  record Validation(
      VariableMap variables,
      Map<String, List<String>> errors,
      Map<String, Object> values,
      List<String> unknownFields) {

    boolean valid() {
      return errors.isEmpty() && unknownFields.isEmpty();
    }
  }

  /** One keyed component of a form and its rules. */
  record Field(
      String id,
      String key,
      String type,
      String label,
      String subtype,
      boolean required,
      Integer minLength,
      Integer maxLength,
      BigDecimal min,
      BigDecimal max,
      Pattern pattern,
      String validationType,
      Set<String> options,
      Integer decimalDigits,
      boolean disallowPassedDates,
      String hide,
      boolean disabled,
      boolean readonly) {

    static Field of(JsonNode component) {
      JsonNode validate = component.path("validate");
      Set<String> options = new LinkedHashSet<>();
      component.path("values").forEach(option -> options.add(option.path("value").asText()));
      String pattern = text(validate, "pattern");
      Pattern compiled;
      try {
        compiled = pattern == null ? null : Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "Field " + component.path("id").asText() + " has a pattern Java cannot read", e);
      }
      return new Field(
          component.path("id").asText(),
          component.path("key").asText(),
          component.path("type").asText(),
          component.path("label").asText(component.path("dateLabel").asText("")),
          text(component, "subtype"),
          validate.path("required").asBoolean(false),
          integer(validate, "minLength"),
          integer(validate, "maxLength"),
          decimal(validate, "min"),
          decimal(validate, "max"),
          compiled,
          text(validate, "validationType"),
          Collections.unmodifiableSet(options),
          integer(component, "decimalDigits"),
          component.path("disallowPassedDates").asBoolean(false),
          text(component.path("conditional"), "hide"),
          component.path("disabled").asBoolean(false),
          component.path("readonly").asBoolean(false));
    }

    private static String text(JsonNode node, String name) {
      JsonNode value = node.path(name);
      return value.isMissingNode() || value.isNull() || value.asText().isEmpty()
          ? null
          : value.asText();
    }

    private static Integer integer(JsonNode node, String name) {
      JsonNode value = node.path(name);
      return value.isNumber() ? value.asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node, String name) {
      JsonNode value = node.path(name);
      return value.isNumber() ? value.decimalValue() : null;
    }

    boolean isList() {
      return type.equals("checklist") || type.equals("taglist");
    }

    /** What is wrong with a value for this field, in words for the employer; null: nothing. */
    String check(Object value, LocalDate today) {
      if (empty(value)) {
        return required
            ? (type.equals("checkbox") ? "Please tick this box." : "Please fill this in.")
            : null;
      }
      return switch (type) {
        case "textfield", "textarea" -> checkText(value);
        case "number" -> checkNumber(value);
        case "checkbox" ->
            value instanceof Boolean ? null : "Please tick the box or leave it empty.";
        case "radio", "select" ->
            value instanceof String text && options.contains(text)
                ? null
                : "Please choose one of the options.";
        case "checklist", "taglist" -> checkList(value);
        case "datetime" -> checkDateTime(value, today);
        default -> "This field cannot be filled in here.";
      };
    }

    private boolean empty(Object value) {
      return value == null
          || (value instanceof String text && text.isBlank())
          || (value instanceof List<?> list && list.isEmpty())
          || (type.equals("checkbox") && required && Boolean.FALSE.equals(value));
    }

    private String checkText(Object value) {
      if (!(value instanceof String text)) {
        return "Please enter text.";
      }
      int length = text.codePointCount(0, text.length());
      int limit = maxLength == null ? DEFAULT_MAX_LENGTH : Math.min(maxLength, DEFAULT_MAX_LENGTH);
      if (length > limit) {
        return "Please use at most " + limit + " characters (now " + length + ").";
      }
      if (minLength != null && length < minLength) {
        return "Please use at least " + minLength + " characters.";
      }
      if ("email".equals(validationType) && !EMAIL.matcher(text.strip()).matches()) {
        return "Please enter an e-mail address, like name@company.com.";
      }
      if ("phone".equals(validationType) && !PHONE.matcher(text.strip()).matches()) {
        return "Please enter a phone number.";
      }
      if (pattern != null && !pattern.matcher(text).matches()) {
        return "This does not have the expected form. Please check it.";
      }
      return null;
    }

    private String checkNumber(Object value) {
      BigDecimal number = number(value);
      if (number == null) {
        return "Please enter a number.";
      }
      if (decimalDigits != null && number.stripTrailingZeros().scale() > decimalDigits) {
        return decimalDigits == 0
            ? "Please enter a whole number."
            : "Please use at most " + decimalDigits + " digits after the point.";
      }
      if (min != null && number.compareTo(min) < 0) {
        return "Please enter " + min.toPlainString() + " or more.";
      }
      if (max != null && number.compareTo(max) > 0) {
        return "Please enter " + max.toPlainString() + " or less.";
      }
      return null;
    }

    private String checkList(Object value) {
      if (!(value instanceof List<?> list)) {
        return "Please choose from the options.";
      }
      if (list.size() > MAX_LIST_ENTRIES) {
        return "Please choose at most " + MAX_LIST_ENTRIES + ".";
      }
      for (Object entry : list) {
        if (!(entry instanceof String text) || !options.contains(text)) {
          return "Please choose only from the options.";
        }
      }
      return null;
    }

    private String checkDateTime(Object value, LocalDate today) {
      if (!(value instanceof String text)) {
        return "Please enter a date.";
      }
      String kind = subtype == null ? "date" : subtype;
      try {
        LocalDate day =
            switch (kind) {
              case "date" -> LocalDate.parse(text);
              case "time" -> {
                parseTime(text);
                yield null;
              }
              default -> parseDateTime(text);
            };
        if (disallowPassedDates && day != null && day.isBefore(today)) {
          return "Please choose a date that has not passed.";
        }
        return null;
      } catch (DateTimeParseException e) {
        return switch (kind) {
          case "date" -> "Please enter a date, like 2026-12-31.";
          case "time" -> "Please enter a time, like 14:30.";
          default -> "Please enter a date and a time.";
        };
      }
    }

    private static void parseTime(String text) {
      try {
        LocalTime.parse(text);
      } catch (DateTimeParseException local) {
        OffsetTime.parse(text);
      }
    }

    private static LocalDate parseDateTime(String text) {
      try {
        return OffsetDateTime.parse(text).toLocalDate();
      } catch (DateTimeParseException offset) {
        return LocalDateTime.parse(text).toLocalDate();
      }
    }

    private static BigDecimal number(Object value) {
      if (value instanceof Number number && !(value instanceof Double d && d.isNaN())) {
        return new BigDecimal(number.toString());
      }
      if (value instanceof String text) {
        try {
          return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
          return null;
        }
      }
      return null;
    }

    /** The value a condition sees; null where the value is not of the field's type. */
    Object typedOrNull(Object value) {
      if (value == null) {
        return null;
      }
      return switch (type) {
        case "number" -> number(value);
        case "checkbox" -> value instanceof Boolean ? value : null;
        case "checklist", "taglist" -> value instanceof List<?> ? value : null;
        default -> value instanceof String ? value : null;
      };
    }

    /** A checked value as the variable Tasklist would write; an empty field writes null. */
    Object variable(Object value) {
      if (empty(value) && !type.equals("checkbox")) {
        return Variables.untypedNullValue();
      }
      return switch (type) {
        case "number" -> {
          BigDecimal number = number(value).stripTrailingZeros();
          if (number.scale() > 0) {
            yield Variables.doubleValue(number.doubleValue());
          }
          if (number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
              || number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            yield Variables.doubleValue(number.doubleValue());
          }
          long whole = number.longValueExact();
          yield whole == (int) whole
              ? Variables.integerValue((int) whole)
              : Variables.longValue(whole);
        }
        case "checkbox" -> Variables.booleanValue(Boolean.TRUE.equals(value));
        case "checklist", "taglist" -> SpinValues.jsonValue(listJson((List<?>) value)).create();
        default -> Variables.stringValue((String) value);
      };
    }

    private static String listJson(List<?> list) {
      try {
        return JSON.writeValueAsString(list);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
