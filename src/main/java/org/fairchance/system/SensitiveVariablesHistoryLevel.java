package org.fairchance.system;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.FORM_PROPERTY_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.migration.instance.MigratingVariableInstance;

/**
 * The engine's history level: everything "full" records, except anything about the variables in
 * {@link SensitiveVariables}. For those, no historic variable instance (ACT_HI_VARINST) and no
 * variable update (ACT_HI_DETAIL) is written, whether the variable is created, updated, migrated or
 * deleted. A task form submitted with such a variable writes no form fields (ACT_HI_DETAIL) at all,
 * since the engine does not say which field it is about to record; its other values still reach the
 * history as variables. Installed by {@link SensitiveVariablesHistoryPlugin}.
 */
public final class SensitiveVariablesHistoryLevel extends AbstractHistoryLevel {

  /** The name, for {@code camunda.bpm.history-level} and the engine's logs. */
  public static final String NAME = "full-without-sensitive-variables";

  /**
   * The id the engine stores in ACT_GE_PROPERTY ({@code historyLevel}) and checks at every start:
   * never change it. Above "full" (3), so checks for "at least full" pass.
   */
  public static final int ID = 30;

  private static final Set<HistoryEventType> VARIABLE_EVENTS =
      Set.of(
          VARIABLE_INSTANCE_CREATE,
          VARIABLE_INSTANCE_UPDATE,
          VARIABLE_INSTANCE_MIGRATE,
          VARIABLE_INSTANCE_UPDATE_DETAIL,
          VARIABLE_INSTANCE_DELETE);

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (VARIABLE_EVENTS.contains(eventType)) {
      return !SensitiveVariables.contains(variableName(entity));
    }
    if (eventType == FORM_PROPERTY_UPDATE) {
      return !holdsSensitiveVariable(entity);
    }
    return true;
  }

  /** The variable an event is about; null when asked in general. */
  private static String variableName(Object entity) {
    if (entity instanceof CoreVariableInstance variable) {
      return variable.getName();
    }
    if (entity instanceof HistoricVariableUpdateEventEntity update) {
      return update.getVariableName();
    }
    if (entity instanceof MigratingVariableInstance migrating) {
      return migrating.getVariableName();
    }
    return null;
  }

  /** The task or execution a form is submitted to, which at that moment holds its values. */
  private static boolean holdsSensitiveVariable(Object entity) {
    return entity instanceof VariableScope scope
        && SensitiveVariables.NAMES.stream().anyMatch(scope::hasVariable);
  }
}
