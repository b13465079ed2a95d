package org.fairchance.identity;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes {@link Groups#MANAGERS} a Camunda administrator group: members pass every authorization
 * check and may use Cockpit and Admin.
 */
@Component
class ManagersAreAdministrators extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var adminGroups =
        configuration.getAdminGroups() == null
            ? new ArrayList<String>()
            : new ArrayList<>(configuration.getAdminGroups());
    if (!adminGroups.contains(Groups.MANAGERS)) {
      adminGroups.add(Groups.MANAGERS);
    }
    configuration.setAdminGroups(adminGroups);
  }
}
