package org.fairchance.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The least each group needs; anonymous callers get none. Managers are Camunda administrators:
 * {@link ManagersAreAdministrators} lets them through the engine's administrator-only checks, and
 * the grants here give them every permission on every resource, as Camunda's own admin setup does
 * for its administrator group (queries apply authorizations even to administrators). Tasks
 * themselves are opened to their candidate group or assignee by the engine when the task is
 * created, so reviewers see only review tasks.
 *
 * <p>Every process on this engine is part of the onboarding program, so process grants use the
 * resource id {@code *}: a process a manager adds in the Modeler is covered without a restart.
 */
final class GroupAuthorizations {

  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      this(groupId, resource, resourceId, List.of(permissions));
    }
  }

  static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (String administrators : Groups.ADMINISTRATORS) {
      for (Resource resource : Resources.values()) {
        grants.add(new Grant(administrators, resource, ANY, Permissions.ALL));
      }
    }
    for (String group : Groups.TASK_WORKERS) {
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
      grants.add(new Grant(group, Resources.APPLICATION, "welcome", Permissions.ACCESS));
      // Names of colleagues and groups, shown in Tasklist and needed to hand a task over.
      grants.add(new Grant(group, Resources.USER, ANY, Permissions.READ));
      grants.add(new Grant(group, Resources.GROUP, ANY, Permissions.READ));
    }
    // Coordinators follow every employer's journey and may pick up or hand over any task.
    grants.add(
        new Grant(
            Groups.CHAMBER_STAFF,
            Resources.PROCESS_DEFINITION,
            ANY,
            ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.UPDATE_TASK,
            ProcessDefinitionPermissions.CREATE_INSTANCE));
    // Staff may start a journey for an employer who applies by phone.
    grants.add(
        new Grant(
            Groups.CHAMBER_STAFF,
            Resources.PROCESS_INSTANCE,
            ANY,
            ProcessInstancePermissions.CREATE));
    // Reviewers and the liaison see the journeys they work on, not other groups' tasks.
    for (String group : List.of(Groups.POLICY_REVIEWERS, Groups.REENTRY_LIAISON)) {
      grants.add(
          new Grant(
              group,
              Resources.PROCESS_DEFINITION,
              ANY,
              ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE,
              ProcessDefinitionPermissions.READ_HISTORY));
    }
    return List.copyOf(grants);
  }

  /**
   * Creates each grant that is absent and adds missing permissions to existing ones, reading the
   * groups' authorizations once. Permissions a manager added in Admin stay.
   */
  static void apply(AuthorizationService authorizations, List<Grant> grants) {
    String[] groups = grants.stream().map(Grant::groupId).distinct().toArray(String[]::new);
    Map<List<Object>, Authorization> existing = new HashMap<>();
    for (Authorization authorization :
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groups)
            .list()) {
      existing.put(
          key(
              authorization.getGroupId(),
              authorization.getResourceType(),
              authorization.getResourceId()),
          authorization);
    }
    for (Grant grant : grants) {
      Authorization authorization =
          existing.get(key(grant.groupId(), grant.resource().resourceType(), grant.resourceId()));
      boolean changed = authorization == null;
      if (authorization == null) {
        authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.groupId());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
      }
      for (Permission permission : grant.permissions()) {
        if (!authorization.isPermissionGranted(permission)) {
          authorization.addPermission(permission);
          changed = true;
        }
      }
      if (changed) {
        authorizations.saveAuthorization(authorization);
      }
    }
  }

  private static List<Object> key(String groupId, int resourceType, String resourceId) {
    return List.of(groupId, resourceType, resourceId);
  }

  private GroupAuthorizations() {}
}
