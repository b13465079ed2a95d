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
        "Set FAIRCHANCE_ADMIN_USER and a strong, private "
            + ProductionGuard.ADMIN_PASSWORD_VARIABLE
            + " in the environment, and keep fairchance.demo.enabled off. For a local try-out,"
            + " run without the profile: mvn spring-boot:run",
        cause);
  }
}
