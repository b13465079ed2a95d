package org.fairchance.onboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule of {@code processes/local-fair-chance-law.dmn}, with the sizes on either side. */
class LocalFairChanceLawTest {

  static final String KANSAS_CITY = "Kansas City's fair-chance hiring ordinance";
  static final String NEW_YORK_CITY = "New York City's Fair Chance Act";
  static final String CALIFORNIA = "California's Fair Chance Act";
  static final String NO_LOCAL_LAW = "No local fair-chance law: federal guidance applies";

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parseTheDecision() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in =
        LocalFairChanceLawTest.class.getResourceAsStream(
            "/processes/" + PolicyAdoptionProcess.DECISION_LOCAL_FAIR_CHANCE_LAW + ".dmn")) {
      decision = dmn.parseDecision(PolicyAdoptionProcess.DECISION_LOCAL_FAIR_CHANCE_LAW, in);
    }
  }

  @Test
  void kansasCityOrdinanceCoversEmployersWithSixOrMoreInJacksonClayAndPlatte() {
    for (String county : new String[] {"Jackson", "Clay", "Platte"}) {
      assertThat(law(county, 6)).as(county).isEqualTo(applies(KANSAS_CITY));
      assertThat(law(county, 250)).as(county).isEqualTo(applies(KANSAS_CITY));
      assertThat(law(county, 5)).as(county).isEqualTo(none());
    }
  }

  @Test
  void newYorkCityActCoversEmployersWithFourOrMoreInTheFiveBoroughs() {
    for (String county : new String[] {"New York", "Kings", "Queens", "Bronx", "Richmond"}) {
      assertThat(law(county, 4)).as(county).isEqualTo(applies(NEW_YORK_CITY));
      assertThat(law(county, 3)).as(county).isEqualTo(none());
    }
  }

  @Test
  void californiaActCoversEmployersWithFiveOrMoreInTheListedCounties() {
    for (String county : new String[] {"Los Angeles", "San Francisco", "Alameda", "San Diego"}) {
      assertThat(law(county, 5)).as(county).isEqualTo(applies(CALIFORNIA));
      assertThat(law(county, 4)).as(county).isEqualTo(none());
    }
  }

  @Test
  void everyoneElseHasNoLocalLawAndFollowsFederalGuidance() {
    assertThat(law("Johnson", 500)).isEqualTo(none());
    assertThat(law(null, 40)).isEqualTo(none());
    assertThat(law("Jackson", null)).isEqualTo(none());
  }

  @Test
  void readsTheEmployeeCountAsTheApplicationFormSendsIt() {
    assertThat(law("Jackson", 6L)).isEqualTo(applies(KANSAS_CITY));
    assertThat(law("Jackson", 6.0)).isEqualTo(applies(KANSAS_CITY));
  }

  private static Map<String, Object> law(String county, Number employeeCount) {
    Map<String, Object> application = new HashMap<>();
    application.put(EmployerOnboardingProcess.Variables.COUNTY, county);
    application.put(EmployerOnboardingProcess.Variables.EMPLOYEE_COUNT, employeeCount);
    DmnDecisionResultEntries result = dmn.evaluateDecision(decision, application).getSingleResult();
    return Map.copyOf(result.getEntryMap());
  }

  private static Map<String, Object> applies(String name) {
    return Map.of(Variables.LOCAL_LAW_NAME, name, Variables.LOCAL_LAW_APPLIES, true);
  }

  private static Map<String, Object> none() {
    return Map.of(Variables.LOCAL_LAW_NAME, NO_LOCAL_LAW, Variables.LOCAL_LAW_APPLIES, false);
  }
}
