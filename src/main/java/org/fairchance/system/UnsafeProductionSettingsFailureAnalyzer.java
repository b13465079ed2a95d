package org.fairchance.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refusal of {@link ProductionGuard} into Spring Boot's plain start-up failure report. */
class UnsafeProductionSettingsFailureAnalyzer
    extends AbstractFailureAnalyzer<UnsafeProductionSettingsException> {

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, UnsafeProductionSettingsException cause) {
    return new FailureAnalysis(
        "The production profile '"
            + ProductionGuard.PRODUCTION_PROFILE
            + "' refuses to start:\n  - "
            + String.join("\n  - ", cause.problems()),
        "Set FAIRCHANCE_ADMIN_USER, a strong, private "
            + ProductionGuard.ADMIN_PASSWORD_VARIABLE
            + " and a random "
            + ProductionGuard.LINK_SECRET_VARIABLE
            + " of 32 or more characters in the environment, and keep fairchance.demo.enabled"
            + " off. For a local try-out, run without the profile: mvn spring-boot:run",
        cause);
  }
}
