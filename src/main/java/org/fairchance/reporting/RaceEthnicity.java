package org.fairchance.reporting;

/**
 * Self-identified race or ethnicity of a hire, in the EEO-1 categories, or declined. The codes are
 * the values of the first-hire report form's list.
 */
public enum RaceEthnicity {
  HISPANIC_OR_LATINO("hispanic-or-latino", "Hispanic or Latino"),
  WHITE("white", "White"),
  BLACK_OR_AFRICAN_AMERICAN("black-or-african-american", "Black or African American"),
  NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER(
      "native-hawaiian-or-other-pacific-islander", "Native Hawaiian or Other Pacific Islander"),
  ASIAN("asian", "Asian"),
  AMERICAN_INDIAN_OR_ALASKA_NATIVE(
      "american-indian-or-alaska-native", "American Indian or Alaska Native"),
  TWO_OR_MORE_RACES("two-or-more-races", "Two or More Races"),
  DECLINED("declined", "Declined to state");

  private final String code;
  private final String label;

  RaceEthnicity(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The category of a form value; anything missing or unknown counts as declined. */
  public static RaceEthnicity fromCode(String code) {
    for (RaceEthnicity value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    return DECLINED;
  }
}
