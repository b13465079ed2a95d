package org.fairchance.cohorts;

/**
 * A change to a cohort that cannot be made as asked, with a message staff can act on. Thrown before
 * anything is changed, or inside the transaction that it then rolls back.
 */
public class CohortException extends RuntimeException {

  CohortException(String message) {
    super(message);
  }
}
