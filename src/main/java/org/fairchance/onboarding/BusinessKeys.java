package org.fairchance.onboarding;

import java.security.SecureRandom;
import java.time.Year;

/**
 * Business keys of employer journeys: {@code FC-2026-K7Q2XM}. Stable, unique enough without a
 * database round trip, free of the company's name, and easy to read over the phone (no 0/O, 1/I).
 */
final class BusinessKeys {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  static String next() {
    StringBuilder key = new StringBuilder("FC-").append(Year.now().getValue()).append('-');
    for (int i = 0; i < LENGTH; i++) {
      key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return key.toString();
  }

  private BusinessKeys() {}
}
