package org.fairchance.onboarding.hire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BondSettingsTest {

  @Test
  void aBondCoversTheFirstSixMonths() {
    assertThat(BondSettings.defaults().endDate(LocalDate.of(2026, 2, 2)))
        .isEqualTo(LocalDate.of(2026, 8, 2));
  }

  @Test
  void aStateWithALongerTermIsAConfigurationChange() {
    BondSettings settings =
        new Binder(new MapConfigurationPropertySource(Map.of("fairchance.bond.term", "P12M")))
            .bindOrCreate("fairchance.bond", BondSettings.class);

    assertThat(settings.endDate(LocalDate.of(2026, 2, 2))).isEqualTo(LocalDate.of(2027, 2, 2));
  }

  @Test
  void withoutConfigurationTheFederalTermApplies() {
    assertThat(
            new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("fairchance.bond", BondSettings.class))
        .isEqualTo(BondSettings.defaults());
  }
}
