package org.fairchance.deployment;

import java.util.Arrays;

/**
 * Which wins when a file in {@code processes/} and a model deployed from Camunda Modeler disagree.
 * The newest deployed version stays the truth until the file says it is newer: the file carries a
 * higher {@code camunda:versionTag} than the deployed model, or is the deployed model itself.
 * Without that, a restart would silently put an older file back over a manager's change.
 */
final class SourceOfTruth {

  /**
   * Whether the application may deploy the file over a newer model that came from somewhere else.
   */
  static boolean fileMayReplace(
      byte[] file, String fileVersionTag, byte[] deployed, String deployedVersionTag) {
    return Arrays.equals(file, deployed)
        || compareVersionTags(fileVersionTag, deployedVersionTag) > 0;
  }

  /**
   * Compares version tags part by part ({@code 1.10.0} after {@code 1.9.2}); numbers as numbers,
   * anything else as text. A missing tag is older than any tag.
   */
  static int compareVersionTags(String left, String right) {
    if (blank(left) || blank(right)) {
      return Boolean.compare(!blank(left), !blank(right));
    }
    String[] a = left.strip().split("[.\\-]");
    String[] b = right.strip().split("[.\\-]");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "0";
      String y = i < b.length ? b[i] : "0";
      int order =
          x.matches("\\d{1,9}") && y.matches("\\d{1,9}")
              ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y))
              : x.compareTo(y);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private SourceOfTruth() {}
}
