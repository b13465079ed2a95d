package org.fairchance.onboarding;

import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_EMAIL;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_NAME;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.CONTACT_PHONE;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.COUNTY;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.EMPLOYEE_COUNT;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.EMPLOYER_NAME;
import static org.fairchance.onboarding.EmployerOnboardingProcess.Variables.INDUSTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A few sample employers in the demo run, so Tasklist has work in it on the first start. Each has a
 * fixed business key and is started only if it never existed, so restarts add nothing.
 */
@Component
@ConditionalOnProperty(name = "fairchance.demo.enabled", havingValue = "true")
class DemoEmployers implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);

  static final Map<String, Map<String, Object>> APPLICATIONS =
      Map.of(
          "FC-DEMO-ACME",
          application(
              "Acme Tools",
              "Dana Reyes",
              "dana.reyes@acme.example",
              "816-555-0101",
              "Jackson",
              "manufacturing",
              120),
          "FC-DEMO-RIVERSIDE",
          application(
              "Riverside Diner",
              "Chris Patel",
              "chris@riverside.example",
              "816-555-0102",
              "Clay",
              "hospitality",
              35),
          "FC-DEMO-NORTHSIDE",
          application(
              "Northside Logistics",
              "Avery Kim",
              "avery.kim@northside.example",
              "913-555-0103",
              "Wyandotte",
              "transportation",
              260));

  private final EmployerJourneys journeys;
  private final HistoryService historyService;

  DemoEmployers(EmployerJourneys journeys, HistoryService historyService) {
    this.journeys = journeys;
    this.historyService = historyService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> started = new ArrayList<>();
    for (var demo : new TreeMap<>(APPLICATIONS).entrySet()) {
      if (neverStarted(demo.getKey())) {
        journeys.start(demo.getKey(), demo.getValue());
        started.add(demo.getKey());
      }
    }
    if (!started.isEmpty()) {
      log.info("Started demo journeys {}", started);
    }
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
