package org.fairchance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceOfTruthTest {

  private static final byte[] FILE = "<file/>".getBytes(StandardCharsets.UTF_8);
  private static final byte[] MODELER = "<modeler/>".getBytes(StandardCharsets.UTF_8);

  @Test
  void keepsANewerModelerVersionWhenTheFileDoesNotClaimAHigherVersionTag() {
    assertThat(SourceOfTruth.fileMayReplace(FILE, "1.0.0", MODELER, "1.0.0")).isFalse();
    assertThat(SourceOfTruth.fileMayReplace(FILE, "1.0.0", MODELER, "1.1.0")).isFalse();
    assertThat(SourceOfTruth.fileMayReplace(FILE, null, MODELER, "1.0.0")).isFalse();
    assertThat(SourceOfTruth.fileMayReplace(FILE, null, MODELER, null)).isFalse();
  }

  @Test
  void deploysTheFileWhenItsVersionTagIsHigher() {
    assertThat(SourceOfTruth.fileMayReplace(FILE, "1.1.0", MODELER, "1.0.0")).isTrue();
    assertThat(SourceOfTruth.fileMayReplace(FILE, "1.0.0", MODELER, null)).isTrue();
  }

  @Test
  void deploysTheFileWhenItIsTheDeployedModelItself() {
    assertThat(SourceOfTruth.fileMayReplace(FILE, "1.0.0", FILE.clone(), "1.0.0")).isTrue();
  }

  @Test
  void comparesVersionTagsPartByPartAsNumbers() {
    assertThat(SourceOfTruth.compareVersionTags("1.10.0", "1.9.2")).isPositive();
    assertThat(SourceOfTruth.compareVersionTags("2", "1.9")).isPositive();
    assertThat(SourceOfTruth.compareVersionTags("1.0", "1.0.0")).isZero();
    assertThat(SourceOfTruth.compareVersionTags("1.0.0-beta", "1.0.0-alpha")).isPositive();
    assertThat(SourceOfTruth.compareVersionTags("1.0.0", "1.0.1")).isNegative();
  }
}
