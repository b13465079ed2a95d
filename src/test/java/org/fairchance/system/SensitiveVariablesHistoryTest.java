package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin in a real engine with full history (as the application configures it): what reaches
 * ACT_HI_VARINST and ACT_HI_DETAIL. The engine is this class's own, in its own in-memory database,
 * and is closed afterwards, so the process tests keep finding exactly one engine.
 */
class SensitiveVariablesHistoryTest {

  static final String PROCESS = "sensitive-variables-check";
  static final String GENDER = "another-gender";

  static ProcessEngine engine;

  String deployment;

  @BeforeAll
  static void startEngine() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration
        .setProcessEngineName("sensitive-variables-tests")
        .setJdbcUrl("jdbc:h2:mem:sensitive-variables-tests")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.getProcessEnginePlugins().add(new SensitiveVariablesHistoryPlugin());
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @BeforeEach
  void deploy() {
    deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance(
                PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS)
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_Report")
                    .userTask("Task_Next")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  void theEngineRunsWithTheLevelThatLeavesSensitiveVariablesOut() {
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHistoryLevel())
        .isInstanceOf(SensitiveVariablesHistoryLevel.class);
    assertThat(engine.getManagementService().getHistoryLevel())
        .isEqualTo(SensitiveVariablesHistoryLevel.ID);
  }

  @Test
  void aSensitiveVariableSubmittedWithAFormLeavesNoHistory() {
    ProcessInstance instance = start();

    engine
        .getFormService()
        .submitTaskForm(
            taskId(instance), Map.of(SensitiveVariables.HIRE_GENDER, GENDER, "hireRole", "Welder"));

    assertThat(
            engine
                .getRuntimeService()
                .getVariable(instance.getId(), SensitiveVariables.HIRE_GENDER))
        .as("the process still holds the value until a step removes it")
        .isEqualTo(GENDER);
    assertThat(historicVariableNames(instance)).containsExactly("hireRole");
    assertThat(variableUpdateNames(instance)).containsExactly("hireRole");
    assertThat(formFields(instance)).isEmpty();
  }

  @Test
  void aSensitiveVariableSetUpdatedAndRemovedLeavesNoHistory() {
    ProcessInstance instance = start();

    engine
        .getRuntimeService()
        .setVariable(instance.getId(), SensitiveVariables.HIRE_GENDER, "woman");
    engine
        .getRuntimeService()
        .setVariable(instance.getId(), SensitiveVariables.HIRE_GENDER, GENDER);
    engine.getRuntimeService().setVariable(instance.getId(), "hireRole", "Welder");
    engine.getRuntimeService().removeVariable(instance.getId(), SensitiveVariables.HIRE_GENDER);

    assertThat(historicVariableNames(instance)).containsExactly("hireRole");
    assertThat(variableUpdateNames(instance)).containsExactly("hireRole");
  }

  @Test
  void otherFormSubmissionsKeepTheirFullHistory() {
    ProcessInstance instance = start();

    engine.getFormService().submitTaskForm(taskId(instance), Map.of("hireRole", "Welder"));

    assertThat(historicVariableNames(instance)).containsExactly("hireRole");
    assertThat(variableUpdateNames(instance)).containsExactly("hireRole");
    assertThat(formFields(instance))
        .extracting(HistoricFormField::getFieldId, HistoricFormField::getFieldValue)
        .containsExactly(tuple("hireRole", "Welder"));
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
  }

  private String taskId(ProcessInstance instance) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .singleResult()
        .getId();
  }

  private List<String> historicVariableNames(ProcessInstance instance) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .includeDeleted()
        .list()
        .stream()
        .map(HistoricVariableInstance::getName)
        .toList();
  }

  private List<String> variableUpdateNames(ProcessInstance instance) {
    return details(instance).stream()
        .filter(HistoricVariableUpdate.class::isInstance)
        .map(detail -> ((HistoricVariableUpdate) detail).getVariableName())
        .distinct()
        .toList();
  }

  private List<HistoricFormField> formFields(ProcessInstance instance) {
    return details(instance).stream()
        .filter(HistoricFormField.class::isInstance)
        .map(HistoricFormField.class::cast)
        .toList();
  }

  private List<HistoricDetail> details(ProcessInstance instance) {
    return engine
        .getHistoryService()
        .createHistoricDetailQuery()
        .processInstanceId(instance.getId())
        .list();
  }
}
