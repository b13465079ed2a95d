package org.fairchance.dashboard;

import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;

/** The stages of the journey, in order: the elements of {@code employer-onboarding} they are. */
enum Stage {
  APPLICATION_REVIEW(Elements.SUBPROCESS_APPLICATION_REVIEW, "Application review"),
  EDUCATION_WORKSHOP(Elements.CALL_EDUCATION_WORKSHOP, "Education workshop"),
  POLICY_ADOPTION(Elements.CALL_POLICY_ADOPTION, "Policy adoption"),
  OFFICER_MEETING(Elements.CALL_PROBATION_OFFICER_MEETING, "Probation and parole meeting"),
  FIRST_HIRE(Elements.CALL_FIRST_HIRE, "First hire"),
  SUSTAIN_REVIEW(Elements.CALL_SUSTAIN_REVIEW, "Sustain review");

  private final String elementId;
  private final String label;

  Stage(String elementId, String label) {
    this.elementId = elementId;
    this.label = label;
  }

  String elementId() {
    return elementId;
  }

  String label() {
    return label;
  }

  static Stage ofElement(String elementId) {
    for (Stage stage : values()) {
      if (stage.elementId.equals(elementId)) {
        return stage;
      }
    }
    return null;
  }
}
