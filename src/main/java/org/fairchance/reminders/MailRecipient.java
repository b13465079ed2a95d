package org.fairchance.reminders;

import java.util.Locale;

/** Who a process step writes to; the BPMN names it in the input parameter {@code recipient}. */
public enum MailRecipient {
  /** The employer's contact person (variable {@code contactEmail}). */
  EMPLOYER,
  /** The coordinator assigned to the journey, or the chamber's staff address when none is. */
  COORDINATOR,
  /** The probation or parole officer of a meeting (variable {@code officerEmail}). */
  OFFICER;

  public static MailRecipient parse(String value) {
    if (value == null || value.isBlank()) {
      return EMPLOYER;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown mail recipient '" + value + "': use employer, coordinator or officer", e);
    }
  }
}
