package org.fairchance.onboarding.hire;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.hire.FirstHireProcess.Variables;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.HireReports;
import org.fairchance.reporting.NewHireReport;
import org.fairchance.reporting.RaceEthnicity;
import org.springframework.stereotype.Component;

/**
 * Records the employer's first-hire report in the hire reports and takes the hire's
 * self-identification out of the process: {@code ServiceTask_RecordHireReport} of {@code
 * first-hire.bpmn}, right after the report task and in its transaction, so the demographic
 * variables are never stored with the process. Sets the journey's hire results, whether WOTC
 * applies, its deadline and the bond's end.
 */
@Component
class RecordHireReportDelegate implements JavaDelegate {

  private final HireReports reports;
  private final WotcSettings wotc;
  private final BondSettings bond;

  RecordHireReportDelegate(HireReports reports, WotcSettings wotc, BondSettings bond) {
    this.reports = reports;
    this.wotc = wotc;
    this.bond = bond;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate startDate =
        FormValues.day(execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_START_DATE));
    if (startDate == null) {
      throw new IllegalStateException("The first-hire report has no start date");
    }
    String role =
        FormValues.text(execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_ROLE));
    boolean bondRequested = isTrue(execution.getVariable(Variables.BOND_REQUESTED));
    boolean wotcFormSent = isTrue(execution.getVariable(Variables.WOTC_FORM_SENT));
    boolean wotcApplies = wotc.appliesTo(startDate);
    LocalDate wotcDeadline = wotcApplies ? wotc.deadlineFor(startDate) : null;
    LocalDate bondEndDate = bondRequested ? bond.endDate(startDate) : null;

    String reportId =
        reports.record(
            new NewHireReport(
                execution.getProcessBusinessKey(),
                FormValues.text(execution.getVariable(EmployerOnboardingProcess.Variables.COUNTY)),
                FormValues.text(
                    execution.getVariable(EmployerOnboardingProcess.Variables.INDUSTRY)),
                FormValues.text(execution.getVariable(Variables.COHORT_ID)),
                FormValues.text(execution.getVariable(Variables.REFERRAL_PARTNER)),
                startDate,
                role,
                FormValues.decimal(execution.getVariable(Variables.HIRE_HOURLY_WAGE)),
                FormValues.decimal(execution.getVariable(Variables.HIRE_HOURS_PER_WEEK)),
                FormValues.text(execution.getVariable(Variables.HIRE_EMPLOYMENT_TYPE)),
                bondRequested,
                bondEndDate,
                wotcApplies,
                wotcDeadline,
                wotcFormSent
                    ? FormValues.day(execution.getVariable(Variables.WOTC_SUBMITTED_ON))
                    : null,
                RaceEthnicity.fromCode(
                    FormValues.text(execution.getVariable(Variables.HIRE_RACE_ETHNICITY))),
                Gender.fromCode(FormValues.text(execution.getVariable(Variables.HIRE_GENDER)))));

    execution.removeVariable(Variables.HIRE_RACE_ETHNICITY);
    execution.removeVariable(Variables.HIRE_GENDER);

    execution.setVariable(EmployerOnboardingProcess.Variables.HIRE_REPORT_ID, reportId);
    execution.setVariable(
        EmployerOnboardingProcess.Variables.HIRE_START_DATE, FormValues.startOf(startDate));
    execution.setVariable(EmployerOnboardingProcess.Variables.HIRE_ROLE, role);
    execution.setVariable(EmployerOnboardingProcess.Variables.WOTC_APPLIES, wotcApplies);
    execution.setVariable(Variables.WOTC_DEADLINE, FormValues.endOf(wotcDeadline));
    execution.setVariable(Variables.WOTC_FORM_SENT, wotcFormSent);
    execution.setVariable(
        EmployerOnboardingProcess.Variables.BOND_END_DATE, FormValues.startOf(bondEndDate));
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }
}
