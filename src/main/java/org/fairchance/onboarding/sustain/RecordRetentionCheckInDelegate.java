package org.fairchance.onboarding.sustain;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.sustain.SustainReviewProcess.Variables;
import org.fairchance.reporting.HireReports;
import org.springframework.stereotype.Component;

/**
 * Records an employer's answers to a retention check-in. Used by "Record the answers" ({@code
 * ${recordRetentionCheckInDelegate}}) in {@code sustain-review.bpmn}: writes the hire report's
 * retention row, {@code hireStillEmployed} (false ends the check-ins), the review's {@code
 * retentionSummary}, and {@code helpRequested} for this check-in.
 */
@Component
class RecordRetentionCheckInDelegate implements JavaDelegate {

  private final HireReports hireReports;

  RecordRetentionCheckInDelegate(HireReports hireReports) {
    this.hireReports = hireReports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reportId =
        (String) execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_REPORT_ID);
    if (reportId == null) {
      throw new IllegalStateException(
          "No hireReportId in journey " + execution.getProcessBusinessKey());
    }
    RetentionAnswers answers =
        RetentionAnswers.fromForm(
            ((Number) execution.getVariable(Variables.CHECK_IN_DAY)).intValue(),
            execution.getVariable(Variables.STILL_EMPLOYED),
            execution.getVariable(Variables.CURRENT_HOURLY_WAGE),
            execution.getVariable(Variables.PROMOTED),
            execution.getVariable(Variables.HELP_WANTED));
    hireReports.recordRetention(
        reportId,
        answers.checkInDay(),
        answers.stillEmployed(),
        answers.hourlyWage(),
        answers.promoted());
    execution.setVariable(Variables.HIRE_STILL_EMPLOYED, answers.stillEmployed());
    execution.setVariable(
        Variables.RETENTION_SUMMARY,
        RetentionSummary.append(
            (String) execution.getVariable(Variables.RETENTION_SUMMARY), answers));
    execution.setVariable(Variables.HELP_REQUESTED, answers.helpRequested());
  }
}
