package org.fairchance.onboarding.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenPolicyTest {

  @Test
  void aLinkIsEnough() {
    assertThat(WrittenPolicy.check(" https://acme.example/policy ", null))
        .isEqualTo(new WrittenPolicy("https://acme.example/policy", null, null));
  }

  @Test
  void aDescriptionIsEnough() {
    WrittenPolicy policy = WrittenPolicy.check("", "  We ask after the offer.\n");

    assertThat(policy).isEqualTo(new WrittenPolicy(null, "We ask after the offer.", null));
    assertThat(policy.readyForReview()).isTrue();
  }

  @Test
  void neitherLinkNorDescriptionIsAskedFor() {
    for (Object[] answers : new Object[][] {{null, null}, {"", ""}, {"  ", "\n\t"}}) {
      WrittenPolicy policy = WrittenPolicy.check(answers[0], answers[1]);

      assertThat(policy.problem()).isEqualTo(WrittenPolicy.NEITHER_GIVEN);
      assertThat(policy.readyForReview()).isFalse();
    }
  }

  @Test
  void linkWithoutHttpsGetsIt() {
    assertThat(WrittenPolicy.check("acme.example/fair-chance", null).link())
        .isEqualTo("https://acme.example/fair-chance");
    assertThat(WrittenPolicy.check("HTTP://acme.example", null).link())
        .isEqualTo("HTTP://acme.example");
  }

  @Test
  void linkThatIsNoWebAddressIsSentBackAsTyped() {
    for (String link :
        new String[] {
          "our intranet",
          "javascript://acme.example/%0Aalert(1)",
          "ftp://acme.example/policy.pdf",
          "https://localhost/policy",
          "https://acme.example/" + "a".repeat(WrittenPolicy.MAX_LINK_LENGTH)
        }) {
      WrittenPolicy policy = WrittenPolicy.check(link, "A description too");

      assertThat(policy.problem()).as(link).isEqualTo(WrittenPolicy.LINK_NOT_A_WEB_ADDRESS);
      assertThat(policy.link()).as(link).isEqualTo(link);
      assertThat(policy.description()).isEqualTo("A description too");
    }
  }

  @Test
  void descriptionLongerThanTheFormAllowsIsSentBack() {
    String longest = "x".repeat(WrittenPolicy.MAX_DESCRIPTION_LENGTH);

    assertThat(WrittenPolicy.check(null, longest).readyForReview()).isTrue();
    WrittenPolicy tooLong = WrittenPolicy.check("acme.example", longest + "x");
    assertThat(tooLong.problem()).isEqualTo(WrittenPolicy.DESCRIPTION_TOO_LONG);
    assertThat(tooLong.description()).isEqualTo(longest + "x");
    assertThat(tooLong.link()).isEqualTo("https://acme.example");
  }
}
