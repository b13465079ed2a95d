package org.fairchance.portal;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A form's "hide if" conditions evaluated with the FEEL engine the process engine ships (the one
 * its decision tables use), so a field the browser hid is neither checked nor written.
 */
@Component
class FeelConditions implements FormSchema.Conditions {

  private static final Logger LOG = LoggerFactory.getLogger(FeelConditions.class);

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  @Override
  public boolean hides(String expression, Map<String, Object> data) {
    String feelExpression = expression.startsWith("=") ? expression.substring(1) : expression;
    VariableMap context = Variables.createVariables();
    data.forEach(context::putValue);
    try {
      Object result = feel.evaluateSimpleExpression(feelExpression, context.asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      // The field stays shown, and so checked: a broken condition never lets bad data through.
      LOG.warn("Cannot evaluate the form condition {}: {}", expression, e.getMessage());
      return false;
    }
  }
}
