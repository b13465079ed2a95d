package org.fairchance.onboarding.officers;

/**
 * A meeting the stage cannot record as entered. Thrown while a task completes, so the completion is
 * undone, the task stays open with what the liaison typed, and Tasklist shows the message.
 */
class OfficerMeetingException extends RuntimeException {

  OfficerMeetingException(String message) {
    super(message);
  }

  OfficerMeetingException(String message, Throwable cause) {
    super(message, cause);
  }
}
