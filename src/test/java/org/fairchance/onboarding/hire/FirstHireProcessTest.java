package org.fairchance.onboarding.hire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fairchance.onboarding.hire.FirstHireProcess.Elements.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Values;
import org.fairchance.onboarding.hire.FirstHireProcess.MailKinds;
import org.fairchance.onboarding.hire.FirstHireProcess.Variables;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.HireReports;
import org.fairchance.reporting.NewHireReport;
import org.fairchance.reporting.RaceEthnicity;
import org.fairchance.support.JourneyMocks;
import org.fairchance.support.JourneyMocks.SentMail;
import org.fairchance.support.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

@Deployment(
    resources = {
      "processes/first-hire.bpmn",
      "forms/candidate-referrals.form",
      "forms/first-hire-report.form",
      "forms/no-hire-check-in.form",
      "forms/wotc-submission.form"
    })
class FirstHireProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension();

  static final String BUSINESS_KEY = "FC-TEST-HIRE";
  static final String REPORT_ID = "report-1";

  /** A start date after WOTC lapsed (2025-12-31), so with the defaults WOTC does not apply. */
  static final LocalDate AFTER_LAPSE = LocalDate.of(2026, 2, 2);

  /** A start date while WOTC was in force. */
  static final LocalDate BEFORE_LAPSE = LocalDate.of(2025, 12, 1);

  JourneyMocks.RecordingMail mail;
  HireReports hireReports = mock(HireReports.class);

  @BeforeEach
  void registerBeans() {
    mail = JourneyMocks.register();
    when(hireReports.record(any())).thenReturn(REPORT_ID);
    Mocks.register(
        "recordHireReportDelegate",
        new RecordHireReportDelegate(
            hireReports, WotcSettings.defaults(), BondSettings.defaults()));
    Mocks.register("recordWotcSubmissionDelegate", new RecordWotcSubmissionDelegate(hireReports));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void staffSendReferralsFirst() {
    ProcessInstance stage =
        runtimeService()
            .startProcessInstanceByKey(FirstHireProcess.KEY, BUSINESS_KEY, journey("staff"));

    assertThat(stage).isWaitingAt(TASK_SEND_REFERRALS);
    assertThat(task())
        .hasName("Send candidate referrals: Acme Tools")
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF)
        .isAssignedTo("staff");
    assertThat(task().getDueDate()).isInSameDayAs(daysFromNow(10));
  }

  @Test
  void referralsWithoutACoordinatorGoToTheStaffQueue() {
    ProcessInstance stage =
        runtimeService()
            .startProcessInstanceByKey(FirstHireProcess.KEY, BUSINESS_KEY, journey(null));

    assertThat(stage).isWaitingAt(TASK_SEND_REFERRALS);
    assertThat(task()).isNotAssigned().hasCandidateGroup(Groups.CHAMBER_STAFF);
  }

  @Test
  void afterTheReferralsTheEmployerIsAskedToReportTheHire() {
    ProcessInstance stage =
        runtimeService()
            .startProcessInstanceByKey(FirstHireProcess.KEY, BUSINESS_KEY, journey("staff"));
    assertThat(stage).isWaitingAt(TASK_SEND_REFERRALS);

    complete(task(), referrals());

    assertThat(stage)
        .isWaitingAt(TASK_REPORT_FIRST_HIRE)
        .variables()
        .containsEntry(Variables.REFERRAL_PARTNER, "Second Chance Works");
    assertThat(task())
        .hasName("Report your first fair-chance hire: Acme Tools")
        .hasCandidateGroup(Groups.EMPLOYER)
        .isNotAssigned();
    assertThat(task().getDueDate()).isInSameDayAs(daysFromNow(90));
    assertThat(job(BOUNDARY_NO_HIRE_YET).getDuedate()).isInSameDayAs(daysFromNow(90));
  }

  @Test
  void hireAfterWotcLapsedIsRecordedAnonymouslyWithoutAskingForTheWotcForm() {
    ProcessInstance stage = startAtReport();

    complete(task(), report(AFTER_LAPSE, false));

    NewHireReport recorded = recordedReport();
    assertThat(recorded)
        .isEqualTo(
            new NewHireReport(
                BUSINESS_KEY,
                "Jackson",
                "manufacturing",
                null,
                "Second Chance Works",
                AFTER_LAPSE,
                "Machine operator",
                new BigDecimal("18.5"),
                new BigDecimal("40"),
                FirstHireProcess.Values.FULL_TIME,
                true,
                LocalDate.of(2026, 8, 2),
                false,
                null,
                null,
                RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN,
                Gender.ANOTHER_GENDER));
    assertThat(stage)
        .isWaitingAt(SEND_FIRST_HIRE_RECORDED_MAIL)
        .variables()
        .doesNotContainKeys(Variables.HIRE_RACE_ETHNICITY, Variables.HIRE_GENDER)
        .containsEntry(EmployerOnboardingProcess.Variables.HIRE_REPORT_ID, REPORT_ID)
        .containsEntry(EmployerOnboardingProcess.Variables.WOTC_APPLIES, false)
        .containsEntry(Variables.WOTC_DEADLINE, null)
        .containsEntry(EmployerOnboardingProcess.Variables.HIRE_ROLE, "Machine operator")
        .containsEntry(
            EmployerOnboardingProcess.Variables.HIRE_START_DATE, FormValues.startOf(AFTER_LAPSE))
        .containsEntry(
            EmployerOnboardingProcess.Variables.BOND_END_DATE,
            FormValues.startOf(LocalDate.of(2026, 8, 2)));
    execute(job()); // the thank-you mail is sent asynchronously

    assertThat(stage)
        .isEnded()
        .hasPassed(END_FIRST_HIRE_REPORTED)
        .hasNotPassed(TASK_SEND_WOTC_FORM);
    assertThat(mail.sent())
        .containsExactly(new SentMail(MailKinds.FIRST_HIRE_RECORDED, "employer", stage.getId()));
  }

  @Test
  void employerSendsTheWotcFormInTime() {
    ProcessInstance stage = startAtReport();

    complete(task(), report(BEFORE_LAPSE, false));
    assertThat(stage)
        .isWaitingAt(TASK_SEND_WOTC_FORM)
        .variables()
        .containsEntry(EmployerOnboardingProcess.Variables.WOTC_APPLIES, true)
        .containsEntry(Variables.WOTC_DEADLINE, FormValues.endOf(LocalDate.of(2025, 12, 29)));
    assertThat(recordedReport().wotcDeadline()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(task())
        .hasName("Send the WOTC form (IRS 8850): Acme Tools")
        .hasCandidateGroup(Groups.EMPLOYER)
        .hasDueDate(FormValues.endOf(LocalDate.of(2025, 12, 29)));
    assertThat(job(BOUNDARY_WOTC_DEADLINE_PASSED).getDuedate())
        .isEqualTo(FormValues.endOf(LocalDate.of(2025, 12, 29)));
    complete(task(), withVariables(Variables.WOTC_SUBMITTED_ON, "2025-12-15"));

    verify(hireReports).recordWotcSubmission(REPORT_ID, LocalDate.of(2025, 12, 15));
    assertThat(stage).isWaitingAt(SEND_FIRST_HIRE_RECORDED_MAIL);
    execute(job()); // the thank-you mail is sent asynchronously

    assertThat(stage)
        .isEnded()
        .hasPassedInOrder(TASK_SEND_WOTC_FORM, RECORD_WOTC_SUBMISSION, END_FIRST_HIRE_REPORTED);
    assertThat(mail.kinds()).containsExactly(MailKinds.FIRST_HIRE_RECORDED);
  }

  @Test
  void missedWotcDeadlineIsReportedToTheCoordinator() {
    ProcessInstance stage = startAtReport();
    complete(task(), report(BEFORE_LAPSE, false));
    assertThat(stage).isWaitingAt(TASK_SEND_WOTC_FORM);

    execute(job(BOUNDARY_WOTC_DEADLINE_PASSED)); // 28 days after the start date
    assertThat(stage).isWaitingAt(SEND_WOTC_DEADLINE_MISSED_MAIL);
    execute(job()); // the coordinator's mail is sent asynchronously
    assertThat(stage).isWaitingAt(SEND_FIRST_HIRE_RECORDED_MAIL);
    execute(job()); // the thank-you mail is sent asynchronously

    assertThat(stage)
        .isEnded()
        .hasPassed(SEND_WOTC_DEADLINE_MISSED_MAIL, END_FIRST_HIRE_REPORTED)
        .hasNotPassed(RECORD_WOTC_SUBMISSION);
    assertThat(mail.sent())
        .containsExactly(
            new SentMail(MailKinds.WOTC_DEADLINE_MISSED, "coordinator", stage.getId()),
            new SentMail(MailKinds.FIRST_HIRE_RECORDED, "employer", stage.getId()));
    verify(hireReports, never()).recordWotcSubmission(any(), any());
  }

  @Test
  void wotcFormSentBeforeTheReportIsNotAskedForAgain() {
    ProcessInstance stage = startAtReport();

    Map<String, Object> report = report(BEFORE_LAPSE, true);
    report.put(Variables.WOTC_SUBMITTED_ON, "2025-12-03");
    complete(task(), report);

    assertThat(recordedReport().wotcSubmittedOn()).isEqualTo(LocalDate.of(2025, 12, 3));
    assertThat(stage)
        .isWaitingAt(SEND_FIRST_HIRE_RECORDED_MAIL)
        .variables()
        .containsEntry(EmployerOnboardingProcess.Variables.WOTC_APPLIES, true);
    execute(job()); // the thank-you mail is sent asynchronously

    assertThat(stage)
        .isEnded()
        .hasPassed(END_FIRST_HIRE_REPORTED)
        .hasNotPassed(TASK_SEND_WOTC_FORM);
  }

  @Test
  void noHireYetAndStaffKeepWaiting() {
    ProcessInstance stage = noHireReportedInTime();

    complete(task(), withVariables(Variables.NO_HIRE_DECISION, Values.KEEP_WAITING));

    assertThat(stage).isWaitingAt(TASK_REPORT_FIRST_HIRE);
    assertThat(stage).hasPassedInOrder(TASK_CHECK_IN_NO_HIRE, GATEWAY_NO_HIRE_DECISION);
  }

  @Test
  void noHireYetAndStaffSendMoreReferrals() {
    ProcessInstance stage = noHireReportedInTime();

    complete(
        task(), withVariables(Variables.NO_HIRE_DECISION, FirstHireProcess.Values.MORE_REFERRALS));

    assertThat(stage).isWaitingAt(TASK_SEND_REFERRALS);
    complete(task(), referrals());
    assertThat(stage).isWaitingAt(TASK_REPORT_FIRST_HIRE);
  }

  @Test
  void noHireYetAndStaffCloseTheCaseAsInactive() {
    ProcessInstance stage = noHireReportedInTime();

    complete(
        task(),
        withVariables(
            Variables.NO_HIRE_DECISION, Values.CLOSE, Variables.NO_HIRE_NOTE, "Hiring freeze"));

    assertThat(stage).isEnded().hasPassed(END_CLOSED_INACTIVE);
    assertThat(mail.sent()).isEmpty();
  }

  private ProcessInstance noHireReportedInTime() {
    ProcessInstance stage = startAtReport();
    execute(job(BOUNDARY_NO_HIRE_YET)); // no hire reported within the check-in period
    assertThat(stage).isWaitingAt(TASK_CHECK_IN_NO_HIRE);
    assertThat(task())
        .hasName("Check in: no hire yet at Acme Tools")
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF)
        .isAssignedTo("staff");
    assertThat(task().getDueDate()).isInSameDayAs(daysFromNow(3));
    return stage;
  }

  /** A stage whose referrals went out earlier, started at the employer's report. */
  private static ProcessInstance startAtReport() {
    ProcessInstance stage =
        runtimeService()
            .createProcessInstanceByKey(FirstHireProcess.KEY)
            .businessKey(BUSINESS_KEY)
            .setVariables(journey("staff"))
            .setVariables(referrals())
            .startBeforeActivity(TASK_REPORT_FIRST_HIRE)
            .execute();
    assertThat(stage).isWaitingAt(TASK_REPORT_FIRST_HIRE);
    return stage;
  }

  private NewHireReport recordedReport() {
    ArgumentCaptor<NewHireReport> report = ArgumentCaptor.forClass(NewHireReport.class);
    verify(hireReports).record(report.capture());
    return report.getValue();
  }

  /** What the journey passes into the stage. */
  private static Map<String, Object> journey(String coordinator) {
    Map<String, Object> variables =
        withVariables(
            EmployerOnboardingProcess.Variables.EMPLOYER_NAME, "Acme Tools",
            EmployerOnboardingProcess.Variables.CONTACT_EMAIL, "dana@acme.example",
            EmployerOnboardingProcess.Variables.COUNTY, "Jackson",
            EmployerOnboardingProcess.Variables.INDUSTRY, "manufacturing",
            EmployerOnboardingProcess.Variables.STAGE, "First hire");
    variables.put(EmployerOnboardingProcess.Variables.COORDINATOR, coordinator);
    return variables;
  }

  /** The referral form as staff submit it. */
  private static Map<String, Object> referrals() {
    return withVariables(
        Variables.REFERRAL_PARTNER, "Second Chance Works",
        Variables.CANDIDATES_REFERRED, 3L,
        Variables.REFERRALS_SENT_ON, "2025-11-03",
        Variables.REFERRAL_ROLES, "Machine operator");
  }

  /** The first-hire report form as the employer submits it, bond requested. */
  private static Map<String, Object> report(LocalDate startDate, boolean wotcFormSent) {
    Map<String, Object> report = new HashMap<>();
    report.put(EmployerOnboardingProcess.Variables.HIRE_START_DATE, startDate.toString());
    report.put(EmployerOnboardingProcess.Variables.HIRE_ROLE, "Machine operator");
    report.put(Variables.HIRE_HOURLY_WAGE, 18.5);
    report.put(Variables.HIRE_HOURS_PER_WEEK, 40L);
    report.put(Variables.HIRE_EMPLOYMENT_TYPE, FirstHireProcess.Values.FULL_TIME);
    report.put(Variables.BOND_REQUESTED, true);
    report.put(Variables.WOTC_FORM_SENT, wotcFormSent);
    report.put(Variables.HIRE_RACE_ETHNICITY, RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN.code());
    report.put(Variables.HIRE_GENDER, Gender.ANOTHER_GENDER.code());
    return report;
  }

  private static Date daysFromNow(int days) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(days, ChronoUnit.DAYS));
  }
}
