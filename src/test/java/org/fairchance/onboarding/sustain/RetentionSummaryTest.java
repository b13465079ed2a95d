package org.fairchance.onboarding.sustain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RetentionSummaryTest {

  @Test
  void addsOneLinePerCheckIn() {
    String summary =
        RetentionSummary.append(
            RetentionSummary.append(null, employed(30, false, null)),
            new RetentionAnswers(90, false, null, null, null));

    assertThat(summary)
        .isEqualTo(
            """
            - **Day 30:** still employed, $17.50 an hour, not promoted
            - **Day 90:** no longer employed\
            """);
  }

  @Test
  void quotesAHelpRequestOnOneLineWithMarkdownEscaped() {
    String line =
        RetentionSummary.line(employed(30, true, "Night *shift*\n[bus](http://x.example) <b>"));

    assertThat(line)
        .isEqualTo(
            "- **Day 30:** still employed, $17.50 an hour, promoted. Asked for help:"
                + " \u201cNight \\*shift\\* \\[bus\\](http://x.example) \\<b\\>\u201d");
  }

  @Test
  void shortensALongHelpRequest() {
    String line = RetentionSummary.line(employed(30, true, "a".repeat(1000)));

    assertThat(line).contains("a".repeat(RetentionSummary.MAX_HELP_LENGTH - 1) + "\u2026\u201d");
    assertThat(line).doesNotContain("a".repeat(RetentionSummary.MAX_HELP_LENGTH));
  }

  @Test
  void leavesOutTheOldestCheckInsRatherThanGrowPastTheEnginesLimit() {
    String summary = null;
    for (int day = 1; day <= 40; day++) {
      summary = RetentionSummary.append(summary, employed(day, false, "x".repeat(1000)));
    }

    assertThat(summary.length()).isLessThanOrEqualTo(RetentionSummary.MAX_LENGTH);
    assertThat(summary)
        .startsWith(RetentionSummary.OLDER_LEFT_OUT + "\n")
        .endsWith("\u201d")
        .contains("**Day 40:**")
        .doesNotContain("**Day 1:**");
    assertThat(summary.split("\n")).filteredOn(RetentionSummary.OLDER_LEFT_OUT::equals).hasSize(1);
  }

  private static RetentionAnswers employed(int day, boolean promoted, String help) {
    return new RetentionAnswers(day, true, new BigDecimal("17.50"), promoted, help);
  }
}
