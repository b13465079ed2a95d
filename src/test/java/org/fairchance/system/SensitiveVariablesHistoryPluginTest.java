package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.junit.jupiter.api.Test;

class SensitiveVariablesHistoryPluginTest {

  final SensitiveVariablesHistoryPlugin plugin = new SensitiveVariablesHistoryPlugin();

  @Test
  void replacesTheConfiguredFullHistoryWithItsOwnLevel() {
    ProcessEngineConfigurationImpl configuration = configuration();
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);

    plugin.preInit(configuration);
    configuration.initHistoryLevel();

    assertThat(configuration.getHistoryLevel()).isInstanceOf(SensitiveVariablesHistoryLevel.class);
    assertThat(configuration.getHistory()).isEqualTo(SensitiveVariablesHistoryLevel.NAME);
    assertThat(configuration.getHistoryLevels()).contains(SensitiveVariablesHistoryPlugin.LEVEL);
  }

  @Test
  void winsOverAHistoryNameSetAfterIt() {
    ProcessEngineConfigurationImpl configuration = configuration();

    plugin.preInit(configuration);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.initHistoryLevel();

    assertThat(configuration.getHistoryLevel()).isInstanceOf(SensitiveVariablesHistoryLevel.class);
  }

  @Test
  void keepsOtherCustomLevelsAndRegistersItsOwnOnce() {
    ProcessEngineConfigurationImpl configuration = configuration();
    HistoryLevel other = new OtherLevel();
    configuration.setCustomHistoryLevels(new ArrayList<>(List.of(other)));

    plugin.preInit(configuration);
    plugin.preInit(configuration);

    assertThat(configuration.getCustomHistoryLevels())
        .containsExactly(other, SensitiveVariablesHistoryPlugin.LEVEL);
  }

  private static ProcessEngineConfigurationImpl configuration() {
    return new StandaloneInMemProcessEngineConfiguration();
  }

  private static final class OtherLevel implements HistoryLevel {
    @Override
    public int getId() {
      return 99;
    }

    @Override
    public String getName() {
      return "other";
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return false;
    }
  }
}
