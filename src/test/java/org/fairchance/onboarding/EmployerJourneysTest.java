package org.fairchance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmployerJourneysTest {

  @Test
  void namesTheCountyAsTheDecisionTablesDo() {
    assertThat(EmployerJourneys.countyName("  jackson county ")).isEqualTo("Jackson");
    assertThat(EmployerJourneys.countyName("LOS ANGELES")).isEqualTo("Los Angeles");
    assertThat(EmployerJourneys.countyName("St. Charles  County")).isEqualTo("St. Charles");
    assertThat(EmployerJourneys.countyName("Orleans Parish")).isEqualTo("Orleans");
  }

  @Test
  void leavesTheRestOfTheApplicationAlone() {
    Map<String, Object> application = Map.of("county", "clay county", "employerName", "acme tools");

    assertThat(EmployerJourneys.normalized(application))
        .containsEntry("county", "Clay")
        .containsEntry("employerName", "acme tools");
  }

  @Test
  void makesBusinessKeysThatAreEasyToReadOverThePhone() {
    String key = BusinessKeys.next();

    assertThat(key).matches("FC-\\d{4}-[A-HJ-NP-Z2-9]{6}");
  }
}
