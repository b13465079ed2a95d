package org.fairchance.reporting;

/** Self-identified gender of a hire, or declined. The codes are the form's list values. */
public enum Gender {
  WOMAN("woman", "Woman"),
  MAN("man", "Man"),
  ANOTHER_GENDER("another-gender", "Non-binary or another gender"),
  DECLINED("declined", "Declined to state");

  private final String code;
  private final String label;

  Gender(String code, String label) {
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
  public static Gender fromCode(String code) {
    for (Gender value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    return DECLINED;
  }
}
