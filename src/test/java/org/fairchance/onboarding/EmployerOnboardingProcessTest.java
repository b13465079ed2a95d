package org.fairchance.onboarding;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Elements.END_APPLICATION_ACCEPTED;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Elements.END_APPLICATION_DECLINED;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Elements.TASK_REVIEW_ELIGIBILITY;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.ELIGIBILITY_COMMENT;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.ELIGIBILITY_DECISION;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.EMPLOYER_NAME;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.STAGE;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.fairchance.identity.Groups;
import org.fairchance.support.ProcessTestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      "processes/employer-onboarding.bpmn",
      "forms/employer-application.form",
      "forms/eligibility-review.form"
    })
class EmployerOnboardingProcessTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @Test
  void routesTheApplicationToChamberStaffForEligibilityReview() {
    ProcessInstance journey = apply("Acme Tools");

    assertThat(journey).isWaitingAt(TASK_REVIEW_ELIGIBILITY).hasVariables(STAGE);
    assertThat(task())
        .hasName("Review eligibility: Acme Tools")
        .hasCandidateGroup(Groups.CHAMBER_STAFF)
        .isNotAssigned();
  }

  @Test
  void acceptedEmployerEndsAsAccepted() {
    ProcessInstance journey = apply("Acme Tools");
    assertThat(journey).isWaitingAt(TASK_REVIEW_ELIGIBILITY);

    complete(
        task(), withVariables(ELIGIBILITY_DECISION, EmployerOnboardingProcess.Values.ACCEPTED));

    assertThat(journey).isEnded().hasPassed(END_APPLICATION_ACCEPTED);
  }

  @Test
  void declinedEmployerEndsAsDeclinedWithTheReason() {
    ProcessInstance journey = apply("Acme Tools");
    assertThat(journey).isWaitingAt(TASK_REVIEW_ELIGIBILITY);

    complete(
        task(),
        withVariables(
            ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.DECLINED,
            ELIGIBILITY_COMMENT,
            "Not a member in good standing"));

    assertThat(journey).isEnded().hasPassed(END_APPLICATION_DECLINED);
  }

  private static ProcessInstance apply(String employerName) {
    return runtimeService()
        .startProcessInstanceByKey(
            EmployerOnboardingProcess.KEY, "FC-TEST-1", withVariables(EMPLOYER_NAME, employerName));
  }
}
