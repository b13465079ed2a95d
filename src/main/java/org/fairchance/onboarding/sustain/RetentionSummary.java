package org.fairchance.onboarding.sustain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The check-ins answered so far, one Markdown list item per check-in, for the text block of the
 * {@code sustain-review} form. Kept below the engine's limit for text variables (4,000 characters):
 * an employer's request for help is shortened, and the oldest lines give way when many check-ins
 * are configured.
 */
final class RetentionSummary {

  static final int MAX_LENGTH = 4000;
  static final int MAX_HELP_LENGTH = 300;

  /** Shown first when older lines were left out. */
  static final String OLDER_LEFT_OUT = "- (older check-ins left out)";

  /** {@code summary} (null for none yet) with a line for {@code answers} added at the end. */
  static String append(String summary, RetentionAnswers answers) {
    List<String> lines = new ArrayList<>();
    if (summary != null && !summary.isBlank()) {
      lines.addAll(Arrays.asList(summary.split("\n")));
      lines.remove(OLDER_LEFT_OUT);
    }
    lines.add(line(answers));
    boolean leftOut = false;
    while (length(lines, leftOut) > MAX_LENGTH && lines.size() > 1) {
      lines.remove(0);
      leftOut = true;
    }
    if (leftOut) {
      lines.add(0, OLDER_LEFT_OUT);
    }
    return String.join("\n", lines);
  }

  static String line(RetentionAnswers answers) {
    StringBuilder line = new StringBuilder("- **Day ").append(answers.checkInDay()).append(":** ");
    if (answers.stillEmployed()) {
      line.append("still employed");
      if (answers.hourlyWage() != null) {
        line.append(", $").append(answers.hourlyWage().toPlainString()).append(" an hour");
      }
      if (answers.promoted() != null) {
        line.append(answers.promoted() ? ", promoted" : ", not promoted");
      }
    } else {
      line.append("no longer employed");
    }
    if (answers.helpRequested()) {
      line.append(". Asked for help: \u201c")
          .append(shortened(answers.helpWanted()))
          .append('\u201d');
    }
    return line.toString();
  }

  /**
   * On one line, so the request stays inside its list item, and with Markdown's marks escaped: the
   * employer's words show as written, never as links or formatting.
   */
  private static String shortened(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    String cut =
        oneLine.length() <= MAX_HELP_LENGTH
            ? oneLine
            : oneLine.substring(0, MAX_HELP_LENGTH - 1).stripTrailing() + "\u2026";
    return cut.replaceAll("([\\\\`*_\\[\\]<>#~|])", "\\\\$1");
  }

  private static int length(List<String> lines, boolean withLeftOutLine) {
    int length = String.join("\n", lines).length();
    return withLeftOutLine ? length + OLDER_LEFT_OUT.length() + 1 : length;
  }

  private RetentionSummary() {}
}
