package org.fairchance.onboarding.hire;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.hire.FirstHireProcess.Variables;
import org.fairchance.reporting.HireReports;
import org.junit.jupiter.api.Test;

class RecordWotcSubmissionDelegateTest {

  final HireReports reports = mock(HireReports.class);
  final RecordWotcSubmissionDelegate delegate = new RecordWotcSubmissionDelegate(reports);
  final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void recordsTheDayTheFormWasSent() throws Exception {
    when(execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_REPORT_ID))
        .thenReturn("report-1");
    when(execution.getVariable(Variables.WOTC_SUBMITTED_ON)).thenReturn("2025-12-15");

    delegate.execute(execution);

    verify(reports).recordWotcSubmission("report-1", LocalDate.of(2025, 12, 15));
  }

  @Test
  void refusesASubmissionWithoutItsDate() {
    when(execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_REPORT_ID))
        .thenReturn("report-1");

    assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(IllegalStateException.class);
    verify(reports, never()).recordWotcSubmission(any(), any());
  }
}
