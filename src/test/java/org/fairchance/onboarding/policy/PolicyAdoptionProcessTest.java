package org.fairchance.onboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.*;
import static org.fairchance.onboarding.policy.PolicyAdoptionProcess.Elements.*;
import static org.fairchance.onboarding.policy.PolicyAdoptionProcess.Variables.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess.Forms;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess.MailKinds;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess.Values;
import org.fairchance.reminders.MailRecipient;
import org.fairchance.support.JourneyMocks;
import org.fairchance.support.JourneyMocks.SentMail;
import org.fairchance.support.ProcessTestEngine;
import org.fairchance.support.StageStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The policy adoption on its own, and, where the journey's part matters (an inactive employer, the
 * results it maps back), called from the real {@code employer-onboarding}, whose coverage its own
 * test class measures.
 */
@Deployment(
    resources = {
      "processes/policy-adoption.bpmn",
      "processes/local-fair-chance-law.dmn",
      "processes/employer-onboarding.bpmn",
      "forms/policy-attestation.form",
      "forms/policy-review.form",
      "forms/silent-employer-follow-up.form"
    })
class PolicyAdoptionProcessTest {

  /** The stage after this one, a stub here, so the journey can go on once the policy is adopted. */
  static final String NEXT_STAGE = "probation-officer-meeting";

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessTestEngine.extension(EmployerOnboardingProcess.KEY, NEXT_STAGE);

  static final ZoneId ZONE = ZoneId.systemDefault();
  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);
  static final String EMPLOYER = "Acme Tools";
  static final String COORDINATOR_LOGIN = "staff";
  static final String LINK = "https://acme.example/fair-chance-policy";
  static final String WRITTEN_DESCRIPTION =
      "We removed the conviction question and train every manager.";
  static final String COMMENTS = "Please say how long you wait after the pre-adverse notice.";
  static final String KANSAS_CITY_LAW = "Kansas City's fair-chance hiring ordinance";
  static final String TO_EMPLOYER = MailRecipient.EMPLOYER.name().toLowerCase(Locale.ROOT);

  JourneyMocks.RecordingMail mail;
  String stubs;

  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(date(NOW));
    mail = JourneyMocks.register();
    Mocks.register("checkPolicyAnswersDelegate", new CheckPolicyAnswersDelegate());
    Mocks.register(
        "recordPolicyApprovalDelegate",
        new RecordPolicyApprovalDelegate(Clock.fixed(date(NOW).toInstant(), ZONE)));
    stubs = StageStubs.deploy(repositoryService(), NEXT_STAGE);
  }

  @AfterEach
  void resetBeans() {
    repositoryService().deleteDeployment(stubs, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void findsTheLocalLawAndAsksTheEmployerToConfirmItsPolicy() {
    ProcessInstance stage = startStage();

    assertThat(stage)
        .hasPassed(FIND_LOCAL_LAW)
        .isWaitingAt(TASK_ATTEST_POLICY)
        .variables()
        .containsEntry(LOCAL_LAW_NAME, KANSAS_CITY_LAW)
        .containsEntry(LOCAL_LAW_APPLIES, true);
    assertThat(task())
        .hasName("Confirm your fair-chance policy: " + EMPLOYER)
        .hasCandidateGroup(Groups.EMPLOYER)
        .hasDueDate(date(NOW.plusDays(14)))
        .isNotAssigned();
    assertThat(formOf(task())).isEqualTo(Forms.ATTESTATION);
  }

  @Test
  void policyApprovedTheFirstTimeIsAdoptedAndTheEmployerIsTold() {
    ProcessInstance stage = startStage();

    complete(task(), attestation(LINK, null));
    assertThat(stage).isWaitingAt(TASK_REVIEW_POLICY);
    assertThat(task())
        .hasName("Review policy: " + EMPLOYER)
        .hasCandidateGroup(Groups.POLICY_REVIEWERS)
        .hasDueDate(date(NOW.plusDays(5)))
        .isNotAssigned();
    assertThat(formOf(task())).isEqualTo(Forms.REVIEW);
    complete(task(), withVariables(REVIEW_DECISION, Values.APPROVED));
    assertThat(stage).isWaitingAt(SEND_APPROVAL_MAIL);
    execute(job()); // the approval mail is sent asynchronously

    assertThat(stage)
        .isEnded()
        .hasPassedInOrder(
            TASK_ATTEST_POLICY,
            CHECK_POLICY_ANSWERS,
            TASK_REVIEW_POLICY,
            RECORD_POLICY_APPROVAL,
            SEND_APPROVAL_MAIL,
            END_POLICY_ADOPTED)
        .variables()
        .containsEntry(POLICY_APPROVED_ON, date(NOW))
        .containsEntry(POLICY_LINK, LINK);
    assertThat(mail.sent())
        .containsExactly(
            new SentMail(MailKinds.POLICY_APPROVED, TO_EMPLOYER, stage.getProcessInstanceId()));
  }

  @Test
  void returnedPolicyGoesBackToTheEmployerWithTheCommentsUntilApproved() {
    ProcessInstance stage = startStage();
    complete(task(), attestation(null, WRITTEN_DESCRIPTION));

    complete(task(), withVariables(REVIEW_DECISION, Values.RETURNED, REVIEW_COMMENTS, COMMENTS));
    assertThat(stage).isWaitingAt(TASK_ATTEST_POLICY);
    assertThat(taskService().getVariables(task().getId()))
        .containsEntry(REVIEW_COMMENTS, COMMENTS)
        .containsEntry(DESCRIPTION, WRITTEN_DESCRIPTION)
        .containsEntry(FCRA_NOTICES, true);
    complete(task(), withVariables(FCRA_NOTICES, true, DOCUMENT_LINK, LINK));

    assertThat(stage).isWaitingAt(TASK_REVIEW_POLICY);
    assertThat(taskService().getVariables(task().getId()))
        .containsEntry(PREVIOUS_REVIEW_COMMENTS, COMMENTS)
        .doesNotContainKeys(REVIEW_DECISION, REVIEW_COMMENTS);
    complete(task(), withVariables(REVIEW_DECISION, Values.APPROVED));
    execute(job()); // the approval mail is sent asynchronously

    assertThat(stage)
        .isEnded()
        .hasPassedInOrder(
            TASK_REVIEW_POLICY, TASK_ATTEST_POLICY, TASK_REVIEW_POLICY, END_POLICY_ADOPTED)
        .variables()
        .containsEntry(POLICY_LINK, LINK);
    assertThat(mail.kinds()).containsExactly(MailKinds.POLICY_APPROVED);
  }

  @Test
  void policyWithNeitherLinkNorDescriptionGoesBackWithEveryAnswerKept() {
    ProcessInstance stage = startStage();

    complete(task(), attestation("", "   "));
    assertThat(stage).isWaitingAt(TASK_ATTEST_POLICY).hasNotPassed(TASK_REVIEW_POLICY);
    Map<String, Object> shown = taskService().getVariables(task().getId());
    assertThat(shown).containsEntry(ANSWERS_PROBLEM, WrittenPolicy.NEITHER_GIVEN);
    for (String element : POLICY_ELEMENTS) {
      assertThat(shown).containsEntry(element, true);
    }
    complete(task(), withVariables(DESCRIPTION, WRITTEN_DESCRIPTION));

    assertThat(stage)
        .isWaitingAt(TASK_REVIEW_POLICY)
        .variables()
        .containsEntry(ANSWERS_PROBLEM, null)
        .containsEntry(DESCRIPTION, WRITTEN_DESCRIPTION)
        .containsEntry(BOX_REMOVED, true);
  }

  @Test
  void linkThatIsNotAWebAddressComesBackAsTyped() {
    ProcessInstance stage = startStage();

    complete(task(), attestation("our intranet", WRITTEN_DESCRIPTION));

    assertThat(stage).isWaitingAt(TASK_ATTEST_POLICY);
    assertThat(taskService().getVariables(task().getId()))
        .containsEntry(ANSWERS_PROBLEM, WrittenPolicy.LINK_NOT_A_WEB_ADDRESS)
        .containsEntry(DOCUMENT_LINK, "our intranet")
        .containsEntry(DESCRIPTION, WRITTEN_DESCRIPTION);
  }

  @Test
  void policyDescribedWithoutALinkIsAdoptedWithoutOne() {
    ProcessInstance stage =
        runtimeService()
            .createProcessInstanceByKey(PolicyAdoptionProcess.KEY)
            .businessKey("FC-TEST-POLICY")
            .setVariables(journeyVariables("Jackson", 40))
            .setVariable(DESCRIPTION, WRITTEN_DESCRIPTION)
            .startBeforeActivity(TASK_REVIEW_POLICY)
            .execute();
    assertThat(stage).isWaitingAt(TASK_REVIEW_POLICY);

    complete(task(), withVariables(REVIEW_DECISION, Values.APPROVED));
    execute(job()); // the approval mail is sent asynchronously

    assertThat(stage)
        .isEnded()
        .hasPassed(END_POLICY_ADOPTED)
        .variables()
        .containsEntry(POLICY_APPROVED_ON, date(NOW))
        .containsEntry(POLICY_LINK, null);
  }

  @Test
  void silentEmployerIsFollowedUpAndStaffKeepWaiting() {
    ProcessInstance stage = startStage();

    assertThat(job(BOUNDARY_EMPLOYER_SILENT).getDuedate()).isEqualTo(date(NOW.plusDays(21)));
    execute(job(BOUNDARY_EMPLOYER_SILENT)); // the employer has not answered in time
    assertThat(stage).isWaitingAt(TASK_FOLLOW_UP_SILENT_EMPLOYER);
    assertThat(task())
        .hasName("Employer not answering: " + EMPLOYER)
        .hasCandidateGroupAssociated(Groups.CHAMBER_STAFF)
        .isAssignedTo(COORDINATOR_LOGIN)
        .hasDueDate(date(NOW.plusDays(2)));
    assertThat(formOf(task())).isEqualTo(EmployerOnboardingProcess.Forms.SILENT_EMPLOYER_FOLLOW_UP);
    complete(
        task(), withVariables(FOLLOW_UP_DECISION, EmployerOnboardingProcess.Values.KEEP_WAITING));

    assertThat(stage).isWaitingAt(TASK_ATTEST_POLICY).hasPassed(GATEWAY_KEEP_WAITING);
    assertThat(task()).hasName("Confirm your fair-chance policy: " + EMPLOYER);
  }

  @Test
  void silentEmployerClosedByStaffEndsTheStageAsInactive() {
    ProcessInstance stage = startStage();

    execute(job(BOUNDARY_EMPLOYER_SILENT)); // the employer has not answered in time
    complete(task(), withVariables(FOLLOW_UP_DECISION, EmployerOnboardingProcess.Values.CLOSE));

    assertThat(stage).isEnded().hasPassed(END_EMPLOYER_INACTIVE).hasNotPassed(END_POLICY_ADOPTED);
    assertThat(mail.kinds()).isEmpty();
  }

  @Test
  void silentEmployerClosedByStaffEndsTheJourneyAsInactive() {
    ProcessInstance journey = startJourneyAtThisStage();
    ProcessInstance stage = calledProcessInstance(PolicyAdoptionProcess.KEY, journey);
    assertThat(stage).isWaitingAt(TASK_ATTEST_POLICY);

    execute(job(BOUNDARY_EMPLOYER_SILENT)); // the employer has not answered in time
    complete(task(), withVariables(FOLLOW_UP_DECISION, EmployerOnboardingProcess.Values.CLOSE));
    assertThat(journey).isWaitingAt(EmployerOnboardingProcess.Elements.SEND_CLOSED_INACTIVE_MAIL);
    execute(job()); // the journey's closing mail is sent asynchronously

    assertThat(stage).isEnded().hasPassed(END_EMPLOYER_INACTIVE);
    assertThat(journey)
        .isEnded()
        .hasPassed(EmployerOnboardingProcess.Elements.END_CLOSED_AS_INACTIVE);
  }

  @Test
  void adoptedPolicyIsReturnedToTheJourney() {
    ProcessInstance journey = startJourneyAtThisStage();
    ProcessInstance stage = calledProcessInstance(PolicyAdoptionProcess.KEY, journey);
    assertThat(stage.getBusinessKey()).isEqualTo(journey.getBusinessKey());
    assertThat(stage).isWaitingAt(TASK_ATTEST_POLICY);

    complete(task(), attestation(LINK, WRITTEN_DESCRIPTION));
    complete(task(), withVariables(REVIEW_DECISION, Values.APPROVED));
    execute(job()); // the approval mail is sent asynchronously

    assertThat(stage).isEnded().hasPassed(END_POLICY_ADOPTED);
    assertThat(journey)
        .isWaitingAt(EmployerOnboardingProcess.Elements.CALL_PROBATION_OFFICER_MEETING)
        .variables()
        .containsEntry(POLICY_APPROVED_ON, date(NOW))
        .containsEntry(POLICY_LINK, LINK)
        .doesNotContainKey(LOCAL_LAW_NAME);
  }

  /** The stage as the journey starts it, for an employer in Jackson County with 40 employees. */
  private static ProcessInstance startStage() {
    ProcessInstance stage =
        runtimeService()
            .startProcessInstanceByKey(
                PolicyAdoptionProcess.KEY, "FC-TEST-POLICY", journeyVariables("Jackson", 40));
    assertThat(stage).isWaitingAt(TASK_ATTEST_POLICY);
    return stage;
  }

  /** The journey, accepted and through the workshop, calling this stage. */
  private static ProcessInstance startJourneyAtThisStage() {
    return runtimeService()
        .createProcessInstanceByKey(EmployerOnboardingProcess.KEY)
        .businessKey("FC-TEST-JOURNEY")
        .setVariables(journeyVariables("Jackson", 40))
        .setVariable(ELIGIBILITY_DECISION, EmployerOnboardingProcess.Values.ACCEPTED)
        .startBeforeActivity(EmployerOnboardingProcess.Elements.CALL_POLICY_ADOPTION)
        .execute();
  }

  private static Map<String, Object> journeyVariables(String county, int employeeCount) {
    return withVariables(
        EMPLOYER_NAME,
        EMPLOYER,
        CONTACT_NAME,
        "Dana Reyes",
        CONTACT_EMAIL,
        "dana@acme.example",
        CONTACT_PHONE,
        "816-555-0101",
        COUNTY,
        county,
        INDUSTRY,
        "manufacturing",
        EMPLOYEE_COUNT,
        employeeCount,
        COORDINATOR,
        COORDINATOR_LOGIN);
  }

  /** The attestation form as an employer who follows every element sends it. */
  private static Map<String, Object> attestation(String link, String description) {
    Map<String, Object> answers = new HashMap<>();
    POLICY_ELEMENTS.forEach(element -> answers.put(element, true));
    answers.put(DOCUMENT_LINK, link);
    answers.put(DESCRIPTION, description);
    return answers;
  }

  private static String formOf(Task task) {
    return taskQuery()
        .taskId(task.getId())
        .initializeFormKeys()
        .singleResult()
        .getCamundaFormRef()
        .getKey();
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }
}
