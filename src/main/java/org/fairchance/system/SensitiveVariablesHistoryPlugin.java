package org.fairchance.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes {@link SensitiveVariablesHistoryLevel} the engine's history level, in place of the "full"
 * that {@code camunda.bpm.history-level} asks for, so the variables in {@link SensitiveVariables}
 * leave no trace in the history that staff can read.
 *
 * <p>Runs after the starter's own history configuration (which sets the level's name from {@code
 * camunda.bpm.history-level}) and sets the level itself, which the engine prefers to any name. A
 * database created with another level refuses to start with this one (the engine compares the ids):
 * that is deliberate, so the protection cannot be dropped without anyone noticing.
 */
@Component
@Order(Ordering.DEFAULT_ORDER + 1)
public class SensitiveVariablesHistoryPlugin extends AbstractProcessEnginePlugin {

  static final SensitiveVariablesHistoryLevel LEVEL = new SensitiveVariablesHistoryLevel();

  private static final Logger log = LoggerFactory.getLogger(SensitiveVariablesHistoryPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    String configured = configuration.getHistory();
    if (!ProcessEngineConfiguration.HISTORY_FULL.equalsIgnoreCase(configured)
        && !LEVEL.getName().equalsIgnoreCase(configured)) {
      log.warn(
          "History level '{}' is replaced by '{}': full history without the variables {}",
          configured,
          LEVEL.getName(),
          SensitiveVariables.NAMES);
    }
    List<HistoryLevel> custom = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      custom.addAll(configuration.getCustomHistoryLevels());
    }
    if (custom.stream().noneMatch(level -> level.getId() == LEVEL.getId())) {
      custom.add(LEVEL);
    }
    configuration.setCustomHistoryLevels(custom);
    configuration.setHistoryLevel(LEVEL);
    configuration.setHistory(LEVEL.getName());
  }
}
