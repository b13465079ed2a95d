package org.fairchance.onboarding.hire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WotcSettingsTest {

  @Test
  void appliesToAHireStartingOnTheLastDayBeforeTheLapse() {
    assertThat(WotcSettings.defaults().appliesTo(LocalDate.of(2025, 12, 31))).isTrue();
  }

  @Test
  void doesNotApplyToAHireStartingAfterTheLapse() {
    assertThat(WotcSettings.defaults().appliesTo(LocalDate.of(2026, 1, 1))).isFalse();
  }

  @Test
  void doesNotApplyBeforeTheCreditExisted() {
    assertThat(WotcSettings.defaults().appliesTo(LocalDate.of(1996, 12, 31))).isFalse();
    assertThat(WotcSettings.defaults().appliesTo(LocalDate.of(1997, 1, 1))).isTrue();
  }

  @Test
  void theFormIsDue28CalendarDaysAfterTheStart() {
    assertThat(WotcSettings.defaults().deadlineFor(LocalDate.of(2025, 12, 1)))
        .isEqualTo(LocalDate.of(2025, 12, 29));
  }

  @Test
  void withoutConfigurationTheDefaultsApply() {
    WotcSettings settings = bind(Map.of());

    assertThat(settings).isEqualTo(WotcSettings.defaults());
    assertThat(settings.submissionDeadline()).isEqualTo(Period.ofDays(28));
  }

  @Test
  void aConfiguredRevivalAppliesToHiresInItsPeriod() {
    WotcSettings settings =
        bind(
            Map.of(
                "fairchance.wotc.in-force[0].from", "1997-01-01",
                "fairchance.wotc.in-force[0].until", "2025-12-31",
                "fairchance.wotc.in-force[1].from", "2026-01-01",
                "fairchance.wotc.in-force[1].until", "2027-12-31"));

    assertThat(settings.appliesTo(LocalDate.of(2025, 6, 2))).isTrue();
    assertThat(settings.appliesTo(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(settings.appliesTo(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(settings.appliesTo(LocalDate.of(2028, 1, 1))).isFalse();
  }

  @Test
  void aPeriodWithoutEndCoversEveryLaterStart() {
    WotcSettings settings = bind(Map.of("fairchance.wotc.in-force[0].from", "2026-07-01"));

    assertThat(settings.appliesTo(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(settings.appliesTo(LocalDate.of(2040, 1, 1))).isTrue();
  }

  @Test
  void noPeriodsMeansNeverInForce() {
    WotcSettings settings = new WotcSettings(List.of(), Period.ofDays(28));

    assertThat(settings.appliesTo(LocalDate.of(2025, 6, 2))).isFalse();
  }

  private static WotcSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("fairchance.wotc", WotcSettings.class);
  }
}
