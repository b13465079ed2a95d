package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairchance.portal.PortalProperties;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

  @Test
  void acceptsAStrongPrivateAdministratorPassword() {
    assertThat(ProductionGuard.problems(false, "admin", "Str0ng!Passw0rd-26")).isEmpty();
  }

  @Test
  void refusesAMissingAdministratorPassword() {
    assertThat(ProductionGuard.problems(false, "admin", ""))
        .singleElement()
        .asString()
        .contains("No administrator password", "FAIRCHANCE_ADMIN_PASSWORD");
  }

  @Test
  void refusesADemoPassword() {
    assertThat(ProductionGuard.problems(false, "admin", "manager"))
        .singleElement()
        .asString()
        .contains("demo password");
  }

  @Test
  void refusesAPasswordThatContainsTheUserName() {
    assertThat(ProductionGuard.problems(false, "director", "Director-2026!"))
        .singleElement()
        .asString()
        .contains("user name");
    assertThat(ProductionGuard.problems(false, "ops", "Administrator-2026!"))
        .singleElement()
        .asString()
        .contains("administrator");
  }

  @Test
  void refusesAWeakPassword() {
    assertThat(ProductionGuard.problems(false, "admin", "longbutsimple"))
        .singleElement()
        .asString()
        .contains("too weak");
  }

  @Test
  void refusesAMissingShortOrDemoLinkKey() {
    assertThat(ProductionGuard.linkSecretProblems(null))
        .singleElement()
        .asString()
        .contains("No key");
    assertThat(ProductionGuard.linkSecretProblems("short"))
        .singleElement()
        .asString()
        .contains("32");
    assertThat(ProductionGuard.linkSecretProblems(PortalProperties.DEMO_LINK_SECRET))
        .singleElement()
        .asString()
        .contains("demo key");
    assertThat(ProductionGuard.linkSecretProblems("k".repeat(48))).isEmpty();
  }

  @Test
  void refusesDemoModeAndAMissingUserTogether() {
    assertThat(ProductionGuard.problems(true, null, "Str0ng!Passw0rd-26"))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("Demo mode"))
        .anySatisfy(p -> assertThat(p).contains("FAIRCHANCE_ADMIN_USER"));
  }
}
