package org.fairchance.onboarding.hire;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.hire.FirstHireProcess.Variables;
import org.fairchance.reporting.HireReports;
import org.springframework.stereotype.Component;

/**
 * Records in the hire report the day the employer sent the WOTC form: {@code
 * ServiceTask_RecordWotcSubmission} of {@code first-hire.bpmn}, after the employer's "Send the WOTC
 * form" task.
 */
@Component
class RecordWotcSubmissionDelegate implements JavaDelegate {

  private final HireReports reports;

  RecordWotcSubmissionDelegate(HireReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reportId =
        (String) execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_REPORT_ID);
    LocalDate submittedOn = FormValues.day(execution.getVariable(Variables.WOTC_SUBMITTED_ON));
    if (submittedOn == null) {
      throw new IllegalStateException("The WOTC form's submission date is missing");
    }
    reports.recordWotcSubmission(reportId, submittedOn);
  }
}
