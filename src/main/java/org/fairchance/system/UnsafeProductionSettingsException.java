package org.fairchance.system;

import java.util.List;

/** Thrown by {@link ProductionGuard}; each problem is one sentence a person can act on. */
class UnsafeProductionSettingsException extends IllegalStateException {

  private final List<String> problems;

  UnsafeProductionSettingsException(List<String> problems) {
    super("Refusing to start the production profile: " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
