package org.fairchance.onboarding.hire;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.HireReports;
import org.fairchance.reporting.NewHireReport;
import org.fairchance.reporting.RaceEthnicity;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class RecordHireReportDelegateTest {

  static final LocalDate START = LocalDate.of(2026, 2, 2);

  final HireReports reports = mock(HireReports.class);
  final RecordHireReportDelegate delegate =
      new RecordHireReportDelegate(reports, WotcSettings.defaults(), BondSettings.defaults());
  final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void aHireWhoDidNotSelfIdentifyIsCountedAsDeclined() throws Exception {
    when(execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_START_DATE))
        .thenReturn(START.toString());

    delegate.execute(execution);

    NewHireReport report = recorded();
    assertThat(report.raceEthnicity()).isEqualTo(RaceEthnicity.DECLINED);
    assertThat(report.gender()).isEqualTo(Gender.DECLINED);
    assertThat(report.bondRequested()).isFalse();
    assertThat(report.bondEndDate()).isNull();
    verify(execution).setVariable(Variables.WOTC_FORM_SENT, false);
    verify(execution).setVariable(EmployerOnboardingProcess.Variables.BOND_END_DATE, null);
  }

  @Test
  void readsAStartDateSentAsADate() throws Exception {
    when(execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_START_DATE))
        .thenReturn(FormValues.startOf(START));

    delegate.execute(execution);

    assertThat(recorded().startDate()).isEqualTo(START);
  }

  @Test
  void ignoresASubmissionDateWhenTheFormWasNotSent() throws Exception {
    when(execution.getVariable(EmployerOnboardingProcess.Variables.HIRE_START_DATE))
        .thenReturn(START.toString());
    when(execution.getVariable(Variables.WOTC_SUBMITTED_ON)).thenReturn("2026-02-03");

    delegate.execute(execution);

    assertThat(recorded().wotcSubmittedOn()).isNull();
  }

  @Test
  void refusesAReportWithoutAStartDate() {
    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start date");
    verify(reports, never()).record(any());
  }

  private NewHireReport recorded() {
    ArgumentCaptor<NewHireReport> report = ArgumentCaptor.forClass(NewHireReport.class);
    verify(reports).record(report.capture());
    return report.getValue();
  }
}
