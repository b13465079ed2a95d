package org.fairchance.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.fairchance.system.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings groups, authorizations, Tasklist filters and (in the demo run) the demo logins into the
 * engine as it starts, before the web applications take requests. Every step looks before it
 * writes, so restarts never duplicate anything.
 */
@Component
class IdentitySetup extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private final DemoProperties demo;
  private final AdminProperties admin;

  IdentitySetup(DemoProperties demo, AdminProperties admin) {
    this.demo = demo;
    this.admin = admin;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (Groups.GroupDefinition group : Groups.ALL) {
      ensureGroup(identity, group);
    }
    List<GroupAuthorizations.Grant> grants = new ArrayList<>(GroupAuthorizations.grants());
    grants.addAll(
        TasklistFilters.apply(
            engine.getFilterService(), engine.getTaskService(), TasklistFilters.definitions()));
    GroupAuthorizations.apply(engine.getAuthorizationService(), grants);
    if (demo.enabled()) {
      for (DemoUsers.DemoUser user : DemoUsers.ALL) {
        ensureUser(
            identity,
            user.id(),
            user.firstName(),
            user.lastName(),
            user.email(),
            user.password(),
            groupsOf(user.groupId()));
      }
    }
    if (admin.configured()) {
      ensureUser(
          identity,
          admin.username(),
          "Program",
          "Administrator",
          null,
          admin.password(),
          Groups.ADMINISTRATORS);
    }
    log.info(
        "Identity ready: {} groups, {} group authorizations, {} Tasklist filters",
        Groups.ALL.size(),
        grants.size(),
        TasklistFilters.definitions().size());
  }

  /** A manager is also a member of Camunda's administrator group. */
  private static List<String> groupsOf(String groupId) {
    return groupId.equals(Groups.MANAGERS) ? Groups.ADMINISTRATORS : List.of(groupId);
  }

  private static void ensureGroup(IdentityService identity, Groups.GroupDefinition definition) {
    if (identity.createGroupQuery().groupId(definition.id()).count() == 0) {
      var group = identity.newGroup(definition.id());
      group.setName(definition.name());
      group.setType(definition.type());
      identity.saveGroup(group);
    }
  }

  private static void ensureUser(
      IdentityService identity,
      String id,
      String firstName,
      String lastName,
      String email,
      String password,
      List<String> groupIds) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
    }
    for (String groupId : groupIds) {
      if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(id, groupId);
      }
    }
  }
}
