package org.fairchance.cohorts;

import java.security.SecureRandom;
import java.time.Year;

/**
 * Ids of cohorts, the business keys of their processes: {@code CO-2027-K7Q2}. Unlike a journey's
 * key, easy to tell apart from one, and short enough to say over the phone (no 0/O, 1/I).
 */
final class CohortIds {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  static String next() {
    StringBuilder id = new StringBuilder("CO-").append(Year.now().getValue()).append('-');
    for (int i = 0; i < LENGTH; i++) {
      id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }

  private CohortIds() {}
}
