package org.fairchance.dashboard;

import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;

/** How a journey ended, by the end event of {@code employer-onboarding} it reached. */
enum JourneyEnd {
  RECOGNIZED(Elements.END_RECOGNIZED, "Recognized", false),
  NOT_RECOGNIZED(Elements.END_CLOSED_WITHOUT_RECOGNITION, "Closed without recognition", true),
  DECLINED(Elements.END_APPLICATION_DECLINED, "Application declined", true),
  WITHDRAWN(Elements.END_WITHDRAWN, "Withdrew", true),
  CLOSED_INACTIVE(Elements.END_CLOSED_AS_INACTIVE, "Closed as inactive", true),
  /** Cancelled in Cockpit, or an end event added in the Modeler since. */
  OTHER(null, "Ended otherwise", true);

  private final String elementId;
  private final String label;
  private final boolean dropOut;

  JourneyEnd(String elementId, String label, boolean dropOut) {
    this.elementId = elementId;
    this.label = label;
    this.dropOut = dropOut;
  }

  String label() {
    return label;
  }

  boolean isDropOut() {
    return dropOut;
  }

  static JourneyEnd ofElement(String endElementId) {
    for (JourneyEnd end : values()) {
      if (end.elementId != null && end.elementId.equals(endElementId)) {
        return end;
      }
    }
    return OTHER;
  }
}
