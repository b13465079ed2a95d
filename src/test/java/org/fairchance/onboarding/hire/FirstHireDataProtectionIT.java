package org.fairchance.onboarding.hire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.hire.FirstHireProcess.Elements;
import org.fairchance.onboarding.hire.FirstHireProcess.Variables;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;
import org.fairchance.system.SensitiveVariables;
import org.fairchance.system.SensitiveVariablesHistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application, with full history as configured: the hire's self-identification, submitted
 * with the first-hire report form as Tasklist submits it, ends up in the hire report and nowhere
 * staff can read, neither in process variables nor in the engine's history.
 */
@SpringBootTest
@ActiveProfiles("test")
class FirstHireDataProtectionIT {

  static final String RACE = RaceEthnicity.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER.code();
  static final String GENDER = Gender.ANOTHER_GENDER.code();
  static final List<String> DEMOGRAPHICS = List.of(RACE, GENDER);

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEngineRunsWithTheHistoryLevelThatLeavesSensitiveVariablesOut() {
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHistoryLevel())
        .isInstanceOf(SensitiveVariablesHistoryLevel.class);
  }

  @Test
  void theHiresSelfIdentificationReachesTheHireReportAndNothingStaffCanRead() {
    ProcessInstance stage =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(FirstHireProcess.KEY, "FC-IT-HIRE-1", journey());
    submit(stage, Elements.TASK_SEND_REFERRALS, referrals());

    submit(stage, Elements.TASK_REPORT_FIRST_HIRE, report());

    String reportId = historicValue(stage, EmployerOnboardingProcess.Variables.HIRE_REPORT_ID);
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT business_key, job_role, race_ethnicity, gender FROM hire_report WHERE id = ?",
            reportId);
    assertThat(row)
        .containsEntry("business_key", "FC-IT-HIRE-1")
        .containsEntry("job_role", "Forklift operator")
        .containsEntry("race_ethnicity", RACE)
        .containsEntry("gender", GENDER);

    assertThat(runtimeVariables(stage)).doesNotContainAnyElementsOf(SensitiveVariables.NAMES);
    assertThat(historicVariables(stage))
        .contains(EmployerOnboardingProcess.Variables.HIRE_ROLE)
        .doesNotContainAnyElementsOf(SensitiveVariables.NAMES);
    assertThat(historicDetails(stage))
        .contains(EmployerOnboardingProcess.Variables.HIRE_ROLE)
        .doesNotContainAnyElementsOf(SensitiveVariables.NAMES);
    assertThat(historicDetailValues(stage))
        .contains("Forklift operator")
        .doesNotContainAnyElementsOf(DEMOGRAPHICS);
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      assertThat(rowsHoldingDemographics(table, stage)).as(table).isZero();
    }
  }

  private void submit(ProcessInstance stage, String taskDefinitionKey, Map<String, Object> form) {
    String taskId =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(stage.getId())
            .taskDefinitionKey(taskDefinitionKey)
            .singleResult()
            .getId();
    engine.getFormService().submitTaskForm(taskId, form);
  }

  private String historicValue(ProcessInstance stage, String name) {
    return (String)
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(stage.getId())
            .variableName(name)
            .singleResult()
            .getValue();
  }

  private List<String> runtimeVariables(ProcessInstance stage) {
    return engine
        .getRuntimeService()
        .createVariableInstanceQuery()
        .processInstanceIdIn(stage.getId())
        .list()
        .stream()
        .map(variable -> variable.getName())
        .toList();
  }

  private List<String> historicVariables(ProcessInstance stage) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(stage.getId())
        .includeDeleted()
        .list()
        .stream()
        .map(variable -> variable.getName())
        .toList();
  }

  /** Names of the variables and form fields in ACT_HI_DETAIL. */
  private List<String> historicDetails(ProcessInstance stage) {
    List<String> names = new ArrayList<>();
    details(stage)
        .forEach(
            detail -> {
              if (detail instanceof HistoricVariableUpdate update) {
                names.add(update.getVariableName());
              } else if (detail instanceof HistoricFormField field) {
                names.add(field.getFieldId());
              }
            });
    return names;
  }

  private List<Object> historicDetailValues(ProcessInstance stage) {
    List<Object> values = new ArrayList<>();
    details(stage)
        .forEach(
            detail -> {
              if (detail instanceof HistoricVariableUpdate update) {
                values.add(update.getValue());
              } else if (detail instanceof HistoricFormField field) {
                values.add(field.getFieldValue());
              }
            });
    return values;
  }

  private List<org.camunda.bpm.engine.history.HistoricDetail> details(ProcessInstance stage) {
    return engine
        .getHistoryService()
        .createHistoricDetailQuery()
        .processInstanceId(stage.getId())
        .list();
  }

  /** Rows of an engine table holding a demographic value as text, whatever the variable's name. */
  private int rowsHoldingDemographics(String table, ProcessInstance stage) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM "
            + table
            + " WHERE PROC_INST_ID_ = ? AND (TEXT_ IN (?, ?) OR TEXT2_ IN (?, ?))",
        Integer.class,
        stage.getId(),
        RACE,
        GENDER,
        RACE,
        GENDER);
  }

  private static Map<String, Object> journey() {
    Map<String, Object> journey = new HashMap<>();
    journey.put(EmployerOnboardingProcess.Variables.EMPLOYER_NAME, "Prairie Freight");
    journey.put(EmployerOnboardingProcess.Variables.CONTACT_EMAIL, "hr@prairie.example");
    journey.put(EmployerOnboardingProcess.Variables.COUNTY, "Jackson");
    journey.put(EmployerOnboardingProcess.Variables.INDUSTRY, "transportation");
    journey.put(EmployerOnboardingProcess.Variables.COORDINATOR, "staff");
    return journey;
  }

  private static Map<String, Object> referrals() {
    return Map.of(
        Variables.REFERRAL_PARTNER, "Second Chance Works",
        Variables.CANDIDATES_REFERRED, 2L,
        Variables.REFERRALS_SENT_ON, "2026-03-02");
  }

  /** As Tasklist submits the form: dates as text, numbers, the self-identification as codes. */
  private static Map<String, Object> report() {
    Map<String, Object> report = new HashMap<>();
    report.put(EmployerOnboardingProcess.Variables.HIRE_START_DATE, "2026-04-06");
    report.put(EmployerOnboardingProcess.Variables.HIRE_ROLE, "Forklift operator");
    report.put(Variables.HIRE_HOURLY_WAGE, 19.25);
    report.put(Variables.HIRE_HOURS_PER_WEEK, 40L);
    report.put(Variables.HIRE_EMPLOYMENT_TYPE, FirstHireProcess.Values.FULL_TIME);
    report.put(Variables.BOND_REQUESTED, true);
    report.put(Variables.WOTC_FORM_SENT, false);
    report.put(Variables.HIRE_RACE_ETHNICITY, RACE);
    report.put(Variables.HIRE_GENDER, GENDER);
    return report;
  }
}
