package org.fairchance.onboarding.officers;

import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the stage's reminder timer fires, for the expression {@code
 * ${officerMeetingTimers.reminderAt(officerMeetingStart)}} on {@code Timer_ReminderDue}.
 */
@Component("officerMeetingTimers")
public class OfficerMeetingTimers {

  private final OfficerMeetingSettings settings;

  public OfficerMeetingTimers(OfficerMeetingSettings settings) {
    this.settings = settings;
  }

  /**
   * The meeting's start minus the reminder lead time. May lie in the past (a meeting arranged at
   * short notice): the timer then fires at once.
   */
  public Date reminderAt(Date meetingStart) {
    if (meetingStart == null) {
      throw new IllegalArgumentException("The meeting has no start date to be reminded of");
    }
    return Date.from(meetingStart.toInstant().minus(settings.reminderLeadTime()));
  }
}
