package org.fairchance.migration;

import java.util.List;
import java.util.Map;
import org.fairchance.migration.JourneyMigration.DryRun;
import org.fairchance.migration.JourneyMigration.NoDryRunException;
import org.fairchance.migration.JourneyMigration.Plan;
import org.fairchance.migration.JourneyMigration.Started;
import org.fairchance.migration.JourneyMigration.Version;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers move running journeys to the newest version of a process (JSON, a managers' login):
 *
 * <ul>
 *   <li>{@code GET /manage/migration/{processKey}}: every version and its running journeys;
 *   <li>{@code POST /manage/migration/{processKey}/dry-run} with {@code {"sourceVersion": 1,
 *       "mapping": {"Task_Old": "Task_New"}}}: which journeys can move and why others cannot, and a
 *       receipt;
 *   <li>{@code POST /manage/migration/{processKey}/migrate} with the same plan and {@code
 *       "receipt"}: starts the batch. Without the receipt of a dry run of the same plan: 409.
 * </ul>
 */
@RestController
class MigrationEndpoint {

  private final JourneyMigration migration;

  MigrationEndpoint(JourneyMigration migration) {
    this.migration = migration;
  }

  /** A plan as a manager writes it, and the dry run's receipt when migrating. */
  record PlanRequest(Integer sourceVersion, Map<String, String> mapping, String receipt) {}

  record PlanView(
      String processKey,
      int sourceVersion,
      int targetVersion,
      Map<String, String> mapping,
      String planHash) {
    static PlanView of(Plan plan) {
      return new PlanView(
          plan.processKey(),
          plan.sourceVersion(),
          plan.targetVersion(),
          plan.mapping(),
          plan.hash());
    }
  }

  record DryRunView(PlanView plan, DryRun result) {}

  record StartedView(PlanView plan, Started result) {}

  record Problem(String message) {}

  @GetMapping(path = "/manage/migration/{processKey}", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Version> versions(@PathVariable String processKey) {
    List<Version> versions = migration.versions(processKey);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("There is no process '" + processKey + "'");
    }
    return versions;
  }

  @PostMapping(
      path = "/manage/migration/{processKey}/dry-run",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  DryRunView dryRun(@PathVariable String processKey, @RequestBody PlanRequest request) {
    Plan plan = plan(processKey, request);
    return new DryRunView(PlanView.of(plan), migration.dryRun(plan));
  }

  @PostMapping(
      path = "/manage/migration/{processKey}/migrate",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  StartedView migrate(@PathVariable String processKey, @RequestBody PlanRequest request) {
    Plan plan = plan(processKey, request);
    return new StartedView(PlanView.of(plan), migration.migrate(plan, request.receipt()));
  }

  private Plan plan(String processKey, PlanRequest request) {
    if (request == null || request.sourceVersion() == null) {
      throw new IllegalArgumentException("Say which version to move from: \"sourceVersion\"");
    }
    return migration.plan(processKey, request.sourceVersion(), request.mapping());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Problem badPlan(IllegalArgumentException e) {
    return new Problem(e.getMessage());
  }

  @ExceptionHandler(NoDryRunException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  Problem noDryRun(NoDryRunException e) {
    return new Problem(e.getMessage());
  }
}
