package org.fairchance.onboarding.workshop;

/**
 * A workshop session staff cannot book as entered. Thrown while the booking task completes, so the
 * completion is undone, the task stays open with what staff typed, and Tasklist shows the message.
 */
class WorkshopSessionException extends RuntimeException {

  WorkshopSessionException(String message) {
    super(message);
  }

  WorkshopSessionException(String message, Throwable cause) {
    super(message, cause);
  }
}
