package org.fairchance.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the portal's form pages have in common: the viewer's data (schema, values, errors) for
 * {@code templates/portal/form.html}, the reading of a submission, and plain-language problem
 * pages.
 */
@Component
class FormPages {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final ObjectMapper json;
  private final PortalProperties properties;

  FormPages(ObjectMapper json, PortalProperties properties) {
    this.json = json;
    this.properties = properties;
  }

  /** The model of a form page; the viewer shows the values and, next to each field, its errors. */
  String form(
      Model model,
      String title,
      FormSchema schema,
      Map<String, Object> values,
      Map<String, List<String>> errors,
      String problem,
      String action) {
    model.addAttribute("title", title);
    model.addAttribute("schema", schema.json());
    model.addAttribute("values", write(values));
    model.addAttribute("errors", write(errors));
    model.addAttribute("problem", problem);
    model.addAttribute("action", action);
    return "portal/form";
  }

  /** A page that explains why nothing happened, with the status the browser gets. */
  static String message(Model model, HttpStatus status, String title, String text) {
    model.addAttribute("status", status.value());
    model.addAttribute("title", title);
    model.addAttribute("text", text);
    return "portal/message";
  }

  /**
   * Reads what the viewer posted: a JSON object no larger than {@code fairchance.portal
   * .max-submission}.
   */
  Map<String, Object> read(String submitted) {
    if (submitted == null || submitted.isBlank()) {
      throw new BadSubmission("The form arrived empty. Please fill it in and send it again.");
    }
    if (submitted.getBytes(StandardCharsets.UTF_8).length > properties.maxSubmission().toBytes()) {
      throw new BadSubmission(
          "The answers are longer than we can take. Please shorten the longest ones.");
    }
    try {
      Map<String, Object> values = json.readValue(submitted, OBJECT);
      if (values == null) {
        throw new BadSubmission("The form arrived empty. Please fill it in and send it again.");
      }
      return values;
    } catch (JsonProcessingException e) {
      throw new BadSubmission("The form arrived damaged. Please reload the page and try again.");
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A submission that cannot be read at all; the message says what to do. */
  static class BadSubmission extends RuntimeException {
    BadSubmission(String message) {
      super(message, null, false, false);
    }
  }
}
