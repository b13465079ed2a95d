package org.fairchance.onboarding;

import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_EMAIL;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_NAME;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_PHONE;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.COORDINATOR;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.COUNTY;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.ELIGIBILITY_DECISION;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.EMPLOYEE_COUNT;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.EMPLOYER_NAME;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.INDUSTRY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sample employers in the demo run, one at each stage, so every demo login finds work in Tasklist
 * on the first start: staff review an application and book a workshop, the reviewer reviews a
 * policy, the liaison schedules a meeting with officers, staff send referrals. Each has a fixed
 * business key and is created only if it never existed, so restarts add nothing.
 */
@Component
@ConditionalOnProperty(name = "fairchance.demo.enabled", havingValue = "true")
class DemoEmployers implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);

  record Demo(String businessKey, String startBefore, Map<String, Object> application) {}

  static final List<Demo> DEMOS =
      List.of(
          new Demo(
              "FC-DEMO-ACME",
              null,
              application(
                  "Acme Tools",
                  "Dana Reyes",
                  "dana.reyes@acme.example",
                  "816-555-0101",
                  "Jackson",
                  "manufacturing",
                  120)),
          new Demo(
              "FC-DEMO-RIVERSIDE",
              Elements.CALL_EDUCATION_WORKSHOP,
              application(
                  "Riverside Diner",
                  "Chris Patel",
                  "chris@riverside.example",
                  "816-555-0102",
                  "Clay",
                  "hospitality",
                  35)),
          new Demo(
              "FC-DEMO-NORTHSIDE",
              Elements.CALL_POLICY_ADOPTION,
              application(
                  "Northside Logistics",
                  "Avery Kim",
                  "avery.kim@northside.example",
                  "913-555-0103",
                  "Wyandotte",
                  "transportation",
                  260)),
          new Demo(
              "FC-DEMO-PRAIRIE",
              Elements.CALL_PROBATION_OFFICER_MEETING,
              application(
                  "Prairie Bakery",
                  "Jordan Ellis",
                  "jordan@prairiebakery.example",
                  "816-555-0104",
                  "Platte",
                  "retail",
                  18)),
          new Demo(
              "FC-DEMO-HARBOR",
              Elements.CALL_FIRST_HIRE,
              application(
                  "Harbor Metalworks",
                  "Robin Lee",
                  "robin.lee@harbor.example",
                  "816-555-0105",
                  "Jackson",
                  "manufacturing",
                  75)));

  private final EmployerJourneys journeys;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;

  DemoEmployers(
      EmployerJourneys journeys,
      RuntimeService runtimeService,
      TaskService taskService,
      HistoryService historyService) {
    this.journeys = journeys;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> started = new ArrayList<>();
    for (Demo demo : DEMOS) {
      if (neverStarted(demo.businessKey())) {
        start(demo);
        started.add(demo.businessKey());
      }
    }
    if (!started.isEmpty()) {
      log.info("Started demo journeys {}", started);
    }
  }

  private void start(Demo demo) {
    if (demo.startBefore() == null) {
      journeys.start(demo.businessKey(), demo.application());
      return;
    }
    // An employer accepted earlier, now in a later stage.
    Map<String, Object> accepted = new HashMap<>(EmployerJourneys.normalized(demo.application()));
    accepted.put(ELIGIBILITY_DECISION, EmployerOnboardingProcess.Values.ACCEPTED);
    accepted.put(COORDINATOR, "staff");
    runtimeService
        .createProcessInstanceByKey(EmployerOnboardingProcess.KEY)
        .businessKey(demo.businessKey())
        .setVariables(accepted)
        .startBeforeActivity(demo.startBefore())
        .execute();
    if (Elements.CALL_POLICY_ADOPTION.equals(demo.startBefore())) {
      attestPolicy(demo.businessKey());
    }
  }

  /** The employer has sent its policy, so the reviewer has something to review. */
  private void attestPolicy(String businessKey) {
    Task attestation =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(PolicyAdoptionProcess.Elements.TASK_ATTEST_POLICY)
            .singleResult();
    if (attestation == null) {
      return;
    }
    Map<String, Object> answers = new HashMap<>();
    answers.put(PolicyAdoptionProcess.Variables.BOX_REMOVED, true);
    answers.put(PolicyAdoptionProcess.Variables.CHECK_AFTER_OFFER, true);
    answers.put(PolicyAdoptionProcess.Variables.INDIVIDUAL_ASSESSMENT, true);
    answers.put(PolicyAdoptionProcess.Variables.FCRA_NOTICES, true);
    answers.put(PolicyAdoptionProcess.Variables.MANAGERS_TRAINED, false);
    answers.put(PolicyAdoptionProcess.Variables.LOCAL_LAW_FOLLOWED, false);
    answers.put(
        PolicyAdoptionProcess.Variables.DOCUMENT_LINK,
        "https://northside.example/hr/fair-chance-policy");
    answers.put(
        PolicyAdoptionProcess.Variables.DESCRIPTION,
        "We removed the conviction question from our application in March and only run background"
            + " checks after a conditional offer. Supervisor training is planned for next month.");
    taskService.complete(attestation.getId(), answers);
  }

  private boolean neverStarted(String businessKey) {
    return historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .count()
        == 0;
  }

  private static Map<String, Object> application(
      String employer,
      String contact,
      String email,
      String phone,
      String county,
      String industry,
      int employees) {
    return Map.of(
        EMPLOYER_NAME, employer,
        CONTACT_NAME, contact,
        CONTACT_EMAIL, email,
        CONTACT_PHONE, phone,
        COUNTY, county,
        INDUSTRY, industry,
        EMPLOYEE_COUNT, employees);
  }
}
