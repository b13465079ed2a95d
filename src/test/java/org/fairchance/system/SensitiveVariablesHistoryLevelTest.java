package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.migration.instance.MigratingVariableInstance;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

class SensitiveVariablesHistoryLevelTest {

  static final Set<HistoryEventTypes> VARIABLE_EVENTS =
      EnumSet.of(
          HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
          HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
          HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

  final SensitiveVariablesHistoryLevel level = new SensitiveVariablesHistoryLevel();

  @Test
  void keepsTheNameAndIdTheDatabaseKnowsItBy() {
    assertThat(level.getName()).isEqualTo("full-without-sensitive-variables");
    assertThat(level.getId()).isEqualTo(30);
  }

  @Test
  void recordsEveryKindOfEventInGeneralAsFullDoes() {
    for (HistoryEventTypes type : HistoryEventTypes.values()) {
      assertThat(level.isHistoryEventProduced(type, null)).as(type.name()).isTrue();
    }
  }

  @Test
  void recordsNothingAboutASensitiveVariable() {
    for (String name : SensitiveVariables.NAMES) {
      for (HistoryEventTypes type : VARIABLE_EVENTS) {
        assertThat(level.isHistoryEventProduced(type, variable(name))).as(type.name()).isFalse();
      }
      assertThat(
              level.isHistoryEventProduced(
                  HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update(name)))
          .isFalse();
      assertThat(
              level.isHistoryEventProduced(
                  HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
                  new MigratingVariableInstance(variable(name), false)))
          .isFalse();
    }
  }

  @Test
  void recordsOtherVariablesInFull() {
    for (HistoryEventTypes type : VARIABLE_EVENTS) {
      assertThat(level.isHistoryEventProduced(type, variable("hireRole"))).as(type.name()).isTrue();
    }
    assertThat(
            level.isHistoryEventProduced(
                HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update("hireRole")))
        .isTrue();
    assertThat(
            level.isHistoryEventProduced(
                HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
                new MigratingVariableInstance(variable("hireRole"), false)))
        .isTrue();
  }

  @Test
  void recordsNoFormFieldsOfASubmissionThatCarriesASensitiveVariable() {
    VariableScope task = mock(VariableScope.class);
    when(task.hasVariable(SensitiveVariables.HIRE_GENDER)).thenReturn(true);

    assertThat(level.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, task))
        .isFalse();
  }

  @Test
  void recordsTheFormFieldsOfOtherSubmissions() {
    VariableScope task = mock(VariableScope.class);

    assertThat(level.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, task)).isTrue();
  }

  private static VariableInstanceEntity variable(String name) {
    VariableInstanceEntity variable = new VariableInstanceEntity();
    variable.setName(name);
    return variable;
  }

  private static HistoricVariableUpdateEventEntity update(String name) {
    HistoricVariableUpdateEventEntity update = new HistoricVariableUpdateEventEntity();
    update.setVariableName(name);
    return update;
  }
}
