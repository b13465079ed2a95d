package org.fairchance.system;

import java.util.Set;

/**
 * Process variables whose values the engine must never write to its history (no historic variable
 * instance, no variable detail, no form field), because the groups that can read process variables
 * and history (all staff) do not need them. A process may hold such a variable only for the moment
 * between a form submission and the step that moves the value to where it belongs and removes the
 * variable, in the same transaction. {@link SensitiveVariablesHistoryLevel} reads this list; add a
 * name here to protect another variable.
 */
public final class SensitiveVariables {

  /** The hire's self-identified race or ethnicity (first-hire stage); kept in hire reports. */
  public static final String HIRE_RACE_ETHNICITY = "hireRaceEthnicity";

  /** The hire's self-identified gender (first-hire stage); kept in hire reports. */
  public static final String HIRE_GENDER = "hireGender";

  public static final Set<String> NAMES = Set.of(HIRE_RACE_ETHNICITY, HIRE_GENDER);

  /** Whether a variable of this name must leave no history; false for null. */
  public static boolean contains(String variableName) {
    return variableName != null && NAMES.contains(variableName);
  }

  private SensitiveVariables() {}
}
