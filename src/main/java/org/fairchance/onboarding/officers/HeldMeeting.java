package org.fairchance.onboarding.officers;

import java.util.Date;

/**
 * What the journey keeps of a meeting that took place: the day it was held and the officer side's
 * named contact.
 */
record HeldMeeting(Date heldOn, String officerContactName) {

  /**
   * @param start the meeting's scheduled start (a {@code Date})
   * @param officerContactName as the liaison entered it
   * @throws OfficerMeetingException when there is no start or no named contact
   */
  static HeldMeeting of(Object start, Object officerContactName) {
    if (!(start instanceof Date heldOn)) {
      throw new OfficerMeetingException("The meeting has no date: schedule it first.");
    }
    if (!(officerContactName instanceof String name) || name.isBlank()) {
      throw new OfficerMeetingException(
          "Name the contact on the officers' side: a meeting is recorded as held with a named"
              + " contact on both sides.");
    }
    return new HeldMeeting(heldOn, name.strip());
  }
}
