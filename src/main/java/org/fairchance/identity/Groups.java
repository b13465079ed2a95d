package org.fairchance.identity;

import java.util.List;

/** The groups of the chamber. Process models route tasks to these ids. */
public final class Groups {

  /** Coordinators and program staff: eligibility reviews, workshops, follow-ups. */
  public static final String CHAMBER_STAFF = "chamber-staff";

  /** Check an employer's written fair-chance hiring policy. */
  public static final String POLICY_REVIEWERS = "policy-reviewers";

  /** Arrange meetings with probation and parole officers and partner nonprofits. */
  public static final String REENTRY_LIAISON = "reentry-liaison";

  /** Program managers: redesign processes, deploy, see everything (Camunda administrators). */
  public static final String MANAGERS = "managers";

  /**
   * Not a login group: tasks routed here are the employer's, completed through the employer's
   * personal link. Staff see them in the "Due today or overdue" filter and may complete one on an
   * employer's behalf.
   */
  public static final String EMPLOYER = "employer";

  /** The groups that work tasks in Tasklist. */
  public static final List<String> TASK_WORKERS =
      List.of(CHAMBER_STAFF, POLICY_REVIEWERS, REENTRY_LIAISON);

  /**
   * Camunda's own administrator group. The web apps offer anyone an "initial setup" page that
   * creates an administrator while this group has no member, so every seeded manager joins it too.
   */
  public static final String CAMUNDA_ADMIN =
      org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

  static final List<GroupDefinition> ALL =
      List.of(
          new GroupDefinition(CHAMBER_STAFF, "Chamber staff", "WORKFLOW"),
          new GroupDefinition(POLICY_REVIEWERS, "Policy reviewers", "WORKFLOW"),
          new GroupDefinition(REENTRY_LIAISON, "Reentry liaison", "WORKFLOW"),
          new GroupDefinition(MANAGERS, "Program managers", "WORKFLOW"),
          new GroupDefinition(CAMUNDA_ADMIN, "Camunda administrators", "SYSTEM"));

  /** The groups whose members are administrators. */
  static final List<String> ADMINISTRATORS = List.of(MANAGERS, CAMUNDA_ADMIN);

  record GroupDefinition(String id, String name, String type) {}

  private Groups() {}
}
