package org.fairchance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Elements.*;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerOnboardingProcess.MailKinds;
import org.fairchance.onboarding.EmployerOnboardingProcess.Values;
import org.fairchance.support.JourneyMocks;
import org.fairchance.support.ProcessTestEngine;
import org.fairchance.support.StageStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      "processes/employer-onboarding.bpmn",
      "processes/coordinator-routing.dmn",
      "forms/employer-application.form",
      "forms/eligibility-review.form",
      "forms/provide-more-information.form",
      "forms/silent-employer-follow-up.form"
    })
class EmployerOnboardingProcessTest {

  static final String[] STAGES = {
    "education-workshop",
    "policy-adoption",
    "probation-officer-meeting",
    "first-hire",
    "sustain-review"
  };

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(STAGES);

  JourneyMocks.RecordingMail mail;
  String stubs;

  @BeforeEach
  void deployStageStubs() {
    mail = JourneyMocks.register();
    stubs = StageStubs.deploy(repositoryService(), STAGES);
  }

  @AfterEach
  void removeStageStubs() {
    repositoryService().deleteDeployment(stubs, true);
    Mocks.reset();
  }

  @Test
  void routesTheApplicationToChamberStaffForEligibilityReview() {
    ProcessInstance journey = apply("Acme Tools", "Jackson", "hospitality");

    assertThat(journey)
        .isWaitingAt(TASK_REVIEW_ELIGIBILITY)
        .variables()
        .containsEntry(STAGE, "Application review");
    assertThat(task())
        .hasName("Review eligibility: Acme Tools")
        .hasCandidateGroup(Groups.CHAMBER_STAFF)
        .hasDueDate(task().getDueDate())
        .isNotAssigned();
    assertThat(task().getDueDate()).isNotNull();
  }

  @Test
  void aJourneyStartedWithoutABusinessKeyGetsOneAndItsCountyIsNamedAsTheRulesNameIt() {
    ProcessInstance journey =
        runtimeService()
            .startProcessInstanceByKey(
                EmployerOnboardingProcess.KEY,
                application("Acme Tools", "jackson county", "hospitality"));

    assertThat(journey.getBusinessKey()).matches("FC-\\d{4}-[A-Z2-9]{6}");
    assertThat(journey)
        .isWaitingAt(TASK_REVIEW_ELIGIBILITY)
        .variables()
        .containsEntry(COUNTY, "Jackson");
  }

  @Test
  void acceptedEmployerIsWelcomedAndStartsTheWorkshopWithItsCoordinator() {
    ProcessInstance journey = apply("Acme Tools", "Jackson", "hospitality");

    complete(task(), withVariables(ELIGIBILITY_DECISION, Values.ACCEPTED));
    assertThat(journey)
        .isWaitingAt(SEND_WELCOME_MAIL)
        .variables()
        .containsEntry(COORDINATOR, "staff");
    execute(job()); // the welcome mail is sent asynchronously

    assertThat(mail.kinds()).containsExactly(MailKinds.APPLICATION_ACCEPTED);
    assertThat(journey).isWaitingAt(CALL_EDUCATION_WORKSHOP);
    ProcessInstance workshop = calledProcessInstance("education-workshop", journey);
    assertThat(workshop.getBusinessKey()).isEqualTo(journey.getBusinessKey());
    assertThat(workshop)
        .variables()
        .containsEntry(STAGE, "Education workshop")
        .containsEntry(EMPLOYER_NAME, "Acme Tools")
        .containsEntry(COORDINATOR, "staff");
  }

  @Test
  void acceptedEmployerWithoutARoutingRuleIsLeftToTheStaffQueue() {
    ProcessInstance journey = apply("Prairie Bakery", "Johnson", "hospitality");

    complete(task(), withVariables(ELIGIBILITY_DECISION, Values.ACCEPTED));

    assertThat(journey).isWaitingAt(SEND_WELCOME_MAIL).variables().containsEntry(COORDINATOR, null);
  }

  @Test
  void declinedEmployerIsToldWhyAndTheJourneyEnds() {
    ProcessInstance journey = apply("Acme Tools", "Jackson", "hospitality");

    complete(
        task(),
        withVariables(
            ELIGIBILITY_DECISION, Values.DECLINED, ELIGIBILITY_COMMENT, "Not a chamber member"));
    assertThat(journey).isWaitingAt(SEND_DECLINE_MAIL);
    execute(job()); // the decline mail is sent asynchronously

    assertThat(journey).isEnded().hasPassed(END_APPLICATION_DECLINED);
    assertThat(mail.kinds()).containsExactly(MailKinds.APPLICATION_DECLINED);
  }

  @Test
  void employerAnswersAQuestionAndTheApplicationIsReviewedAgain() {
    ProcessInstance journey = apply("Acme Tools", "Jackson", "hospitality");

    complete(
        task(),
        withVariables(
            ELIGIBILITY_DECISION, Values.MORE_INFORMATION, INFORMATION_REQUEST, "How many sites?"));
    assertThat(journey).isWaitingAt(TASK_PROVIDE_MORE_INFORMATION);
    assertThat(task())
        .hasName("Provide more information: Acme Tools")
        .hasCandidateGroup(Groups.EMPLOYER);
    complete(task(), withVariables(INFORMATION_RESPONSE, "Two sites"));

    assertThat(journey).isWaitingAt(TASK_REVIEW_ELIGIBILITY);
    assertThat(journey).hasPassedInOrder(TASK_REVIEW_ELIGIBILITY, TASK_PROVIDE_MORE_INFORMATION);
  }

  @Test
  void silentApplicantIsFollowedUpAndStaffKeepWaiting() {
    ProcessInstance journey = askForMoreInformation();

    execute(job(BOUNDARY_APPLICANT_SILENT)); // the employer has not answered in time
    assertThat(journey).isWaitingAt(TASK_FOLLOW_UP_SILENT_APPLICANT);
    assertThat(task())
        .hasName("Employer not answering: Acme Tools")
        .hasCandidateGroup(Groups.CHAMBER_STAFF);
    complete(task(), withVariables(FOLLOW_UP_DECISION, Values.KEEP_WAITING));

    assertThat(journey).isWaitingAt(TASK_PROVIDE_MORE_INFORMATION);
  }

  @Test
  void silentApplicantIsClosedAsInactive() {
    ProcessInstance journey = askForMoreInformation();

    execute(job(BOUNDARY_APPLICANT_SILENT)); // the employer has not answered in time
    complete(task(), withVariables(FOLLOW_UP_DECISION, Values.CLOSE));
    assertThat(journey).isWaitingAt(SEND_CLOSED_INACTIVE_MAIL);
    execute(job()); // the closing mail is sent asynchronously

    assertThat(journey).isEnded().hasPassed(END_APPLICANT_INACTIVE, END_CLOSED_AS_INACTIVE);
    assertThat(mail.kinds()).containsExactly(MailKinds.CLOSED_INACTIVE);
  }

  @Test
  void employerWithdrawsDuringAStageAndTheStageStops() {
    ProcessInstance journey = startAt(CALL_POLICY_ADOPTION);
    ProcessInstance policy = calledProcessInstance("policy-adoption", journey);

    runtimeService()
        .createMessageCorrelation(EmployerOnboardingProcess.MESSAGE_EMPLOYER_WITHDREW)
        .processInstanceBusinessKey(journey.getBusinessKey())
        .setVariable(WITHDRAWAL_REASON, "No hiring this year")
        .correlate();
    assertThat(journey).isWaitingAt(CONFIRM_WITHDRAWAL);
    execute(job()); // the confirmation mail is sent asynchronously

    assertThat(journey).isEnded().hasPassed(END_WITHDRAWN);
    assertThat(policy).isEnded();
    assertThat(mail.kinds()).containsExactly(MailKinds.WITHDRAWAL_CONFIRMED);
  }

  @Test
  void stageThatClosesAnInactiveEmployerEndsTheJourney() {
    ProcessInstance journey = startAt(CALL_FIRST_HIRE);

    complete(
        task(calledProcessInstance("first-hire", journey)),
        withVariables(StageStubs.STUB_INACTIVE, true));
    assertThat(journey).isWaitingAt(SEND_CLOSED_INACTIVE_MAIL);
    execute(job()); // the closing mail is sent asynchronously

    assertThat(journey).isEnded().hasPassed(END_CLOSED_AS_INACTIVE);
  }

  @Test
  void eachStageFollowsTheOneBefore() {
    ProcessInstance journey = startAt(CALL_EDUCATION_WORKSHOP);

    for (String stage : STAGES) {
      assertThat(journey).isWaitingAt(callActivityOf(stage));
      Map<String, Object> results = new HashMap<>();
      if (stage.equals("sustain-review")) {
        results.put(RECOGNIZED, true);
      }
      complete(task(calledProcessInstance(stage, journey)), results);
    }
    assertThat(journey).isWaitingAt(SEND_RECOGNITION_MAIL);
    execute(job()); // the recognition mail is sent asynchronously

    assertThat(journey)
        .isEnded()
        .hasPassedInOrder(
            CALL_EDUCATION_WORKSHOP,
            CALL_POLICY_ADOPTION,
            CALL_PROBATION_OFFICER_MEETING,
            CALL_FIRST_HIRE,
            CALL_SUSTAIN_REVIEW,
            END_RECOGNIZED);
    assertThat(mail.kinds()).containsExactly(MailKinds.EMPLOYER_RECOGNIZED);
  }

  @Test
  void employerNotRecognizedAfterTheSustainReviewIsClosed() {
    ProcessInstance journey = startAt(CALL_SUSTAIN_REVIEW);

    complete(
        task(calledProcessInstance("sustain-review", journey)), withVariables(RECOGNIZED, false));

    assertThat(journey).isEnded().hasPassed(END_CLOSED_WITHOUT_RECOGNITION);
    assertThat(mail.kinds()).isEmpty();
  }

  private static String callActivityOf(String stage) {
    return switch (stage) {
      case "education-workshop" -> CALL_EDUCATION_WORKSHOP;
      case "policy-adoption" -> CALL_POLICY_ADOPTION;
      case "probation-officer-meeting" -> CALL_PROBATION_OFFICER_MEETING;
      case "first-hire" -> CALL_FIRST_HIRE;
      default -> CALL_SUSTAIN_REVIEW;
    };
  }

  private ProcessInstance askForMoreInformation() {
    ProcessInstance journey = apply("Acme Tools", "Jackson", "hospitality");
    complete(
        task(),
        withVariables(
            ELIGIBILITY_DECISION, Values.MORE_INFORMATION, INFORMATION_REQUEST, "How many sites?"));
    assertThat(journey).isWaitingAt(TASK_PROVIDE_MORE_INFORMATION);
    return journey;
  }

  /** A journey accepted earlier, started in a late stage. */
  private static ProcessInstance startAt(String activityId) {
    return runtimeService()
        .createProcessInstanceByKey(EmployerOnboardingProcess.KEY)
        .businessKey("FC-TEST-LATE")
        .setVariables(application("Acme Tools", "Jackson", "hospitality"))
        .setVariable(ELIGIBILITY_DECISION, Values.ACCEPTED)
        .setVariable(COORDINATOR, "staff")
        .startBeforeActivity(activityId)
        .execute();
  }

  private static ProcessInstance apply(String employer, String county, String industry) {
    ProcessInstance journey =
        runtimeService()
            .startProcessInstanceByKey(
                EmployerOnboardingProcess.KEY,
                "FC-TEST-1",
                application(employer, county, industry));
    assertThat(journey).isWaitingAt(TASK_REVIEW_ELIGIBILITY);
    return journey;
  }

  private static Map<String, Object> application(String employer, String county, String industry) {
    return withVariables(
        EMPLOYER_NAME,
        employer,
        CONTACT_NAME,
        "Dana Reyes",
        CONTACT_EMAIL,
        "dana@acme.example",
        CONTACT_PHONE,
        "816-555-0101",
        COUNTY,
        county,
        INDUSTRY,
        industry,
        EMPLOYEE_COUNT,
        40);
  }
}
