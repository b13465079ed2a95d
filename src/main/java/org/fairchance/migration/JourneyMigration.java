package org.fairchance.migration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fairchance.portal.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running journeys from an older version of a process to the newest one. A plan maps every
 * activity whose id is the same in both versions, plus the manager's mapping for the rest (removed
 * or renamed ids). The dry run tries each instance in a transaction that is rolled back, so it
 * tells exactly which instances can move and why others cannot; it hands back a signed receipt, and
 * only a plan with a receipt of its own dry run is migrated, as a batch of the instances that can
 * move. Timers keep their due dates, tasks their ids, due dates and variables; listeners and
 * input/output mappings do not run again. An instance that cannot move stays where it is.
 */
@Component
public class JourneyMigration {

  /** How long a dry run's receipt allows the migration of its plan. */
  static final Duration RECEIPT_VALIDITY = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(JourneyMigration.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TransactionTemplate trial;
  private final byte[] receiptKey;
  private final Clock clock;

  JourneyMigration(
      RepositoryService repositoryService,
      RuntimeService runtimeService,
      PlatformTransactionManager transactions,
      PortalProperties portal,
      Clock clock) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.trial = new TransactionTemplate(transactions);
    this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // A key of its own, derived from the deployment's secret: receipts are valid on every node.
    this.receiptKey = hmac(portal.linkSecret().getBytes(StandardCharsets.UTF_8), "migration");
    this.clock = clock;
  }

  /** One version of a process and how many journeys run on it. */
  public record Version(
      int version, String definitionId, String versionTag, String deploymentId, long running) {}

  /** A migration from one version of a process to its newest. */
  public record Plan(
      String processKey,
      int sourceVersion,
      String sourceDefinitionId,
      int targetVersion,
      String targetDefinitionId,
      Map<String, String> mapping) {

    /** Identifies the plan: the same versions and the same mapping give the same hash. */
    public String hash() {
      StringBuilder text =
          new StringBuilder(sourceDefinitionId).append('>').append(targetDefinitionId);
      new TreeMap<>(mapping)
          .forEach((from, to) -> text.append('|').append(from).append('=').append(to));
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** An instance that cannot move, and why. */
  public record Refusal(String processInstanceId, String businessKey, List<String> reasons) {}

  /**
   * What a dry run found: the plan's own problems (then nothing can move), the instances that can
   * move, those that cannot, and the receipt that allows migrating this plan.
   */
  public record DryRun(
      String planHash,
      List<String> planProblems,
      List<String> movable,
      List<Refusal> refused,
      String receipt) {}

  /** A started migration: the engine's batch and what it moves. */
  public record Started(String batchId, List<String> moving, List<Refusal> refused) {}

  /** Thrown when a migration is asked for without a fitting dry run. */
  public static class NoDryRunException extends RuntimeException {
    NoDryRunException(String message) {
      super(message);
    }
  }

  /** Every version of a process, oldest first, with its running journeys. */
  public List<Version> versions(String processKey) {
    List<Version> versions = new ArrayList<>();
    for (ProcessDefinition definition :
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .orderByProcessDefinitionVersion()
            .asc()
            .list()) {
      versions.add(
          new Version(
              definition.getVersion(),
              definition.getId(),
              definition.getVersionTag(),
              definition.getDeploymentId(),
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionId(definition.getId())
                  .count()));
    }
    return versions;
  }

  /** The plan from a version of the process to its newest version. */
  public Plan plan(String processKey, int sourceVersion, Map<String, String> mapping) {
    ProcessDefinition source =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .processDefinitionVersion(sourceVersion)
            .singleResult();
    ProcessDefinition target =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    if (source == null || target == null) {
      throw new IllegalArgumentException(
          "There is no version " + sourceVersion + " of the process '" + processKey + "'");
    }
    if (source.getId().equals(target.getId())) {
      throw new IllegalArgumentException(
          "Version " + sourceVersion + " of '" + processKey + "' is already the newest");
    }
    return new Plan(
        processKey,
        source.getVersion(),
        source.getId(),
        target.getVersion(),
        target.getId(),
        Map.copyOf(mapping == null ? Map.of() : mapping));
  }

  /** Tries every running instance of the plan's source version; changes nothing. */
  public DryRun dryRun(Plan plan) {
    MigrationPlan migrationPlan;
    try {
      migrationPlan = build(plan);
    } catch (MigrationPlanValidationException e) {
      return new DryRun(plan.hash(), planProblems(e), List.of(), List.of(), null);
    }
    long started = System.nanoTime();
    List<String> movable = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    for (ProcessInstance instance : instances(plan)) {
      List<String> reasons = trialRun(migrationPlan, instance.getId());
      if (reasons.isEmpty()) {
        movable.add(instance.getId());
      } else {
        refused.add(new Refusal(instance.getId(), instance.getBusinessKey(), reasons));
      }
    }
    log.info(
        "Dry run of {} from version {} to {}: {} journeys can move, {} cannot ({} ms)",
        plan.processKey(),
        plan.sourceVersion(),
        plan.targetVersion(),
        movable.size(),
        refused.size(),
        (System.nanoTime() - started) / 1_000_000);
    return new DryRun(plan.hash(), List.of(), movable, refused, receipt(plan.hash()));
  }

  /**
   * Migrates, as a batch, the instances of the plan that can move now; refuses without the receipt
   * of a dry run of the same plan.
   */
  public Started migrate(Plan plan, String receipt) {
    checkReceipt(plan.hash(), receipt);
    DryRun now = dryRun(plan);
    if (!now.planProblems().isEmpty()) {
      throw new IllegalArgumentException(
          "The plan cannot be used: " + String.join("; ", now.planProblems()));
    }
    if (now.movable().isEmpty()) {
      return new Started(null, List.of(), now.refused());
    }
    Batch batch =
        runtimeService
            .newMigration(build(plan))
            .processInstanceIds(now.movable())
            .skipCustomListeners()
            .skipIoMappings()
            .executeAsync();
    log.info(
        "Migrating {} journeys of {} from version {} to {} (batch {}); {} cannot move",
        now.movable().size(),
        plan.processKey(),
        plan.sourceVersion(),
        plan.targetVersion(),
        batch.getId(),
        now.refused().size());
    return new Started(batch.getId(), now.movable(), now.refused());
  }

  private MigrationPlan build(Plan plan) {
    MigrationPlanBuilder builder =
        runtimeService
            .createMigrationPlan(plan.sourceDefinitionId(), plan.targetDefinitionId())
            .mapEqualActivities();
    new TreeMap<>(plan.mapping()).forEach(builder::mapActivities);
    return builder.build();
  }

  private List<ProcessInstance> instances(Plan plan) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionId(plan.sourceDefinitionId())
        .orderByProcessInstanceId()
        .asc()
        .list();
  }

  /** Migrates one instance in a transaction that is always rolled back; returns why it failed. */
  private List<String> trialRun(MigrationPlan plan, String processInstanceId) {
    List<String> reasons = new ArrayList<>();
    trial.executeWithoutResult(
        status -> {
          try {
            runtimeService
                .newMigration(plan)
                .processInstanceIds(processInstanceId)
                .skipCustomListeners()
                .skipIoMappings()
                .execute();
          } catch (MigratingProcessInstanceValidationException e) {
            reasons.addAll(reasons(e.getValidationReport()));
          } catch (ProcessEngineException e) {
            reasons.add(e.getMessage());
          }
          status.setRollbackOnly();
        });
    return reasons;
  }

  private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>(report.getFailures());
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      activity.getFailures().forEach(f -> reasons.add(activity.getSourceScopeId() + ": " + f));
    }
    for (MigratingTransitionInstanceValidationReport transition :
        report.getTransitionInstanceReports()) {
      transition.getFailures().forEach(f -> reasons.add(transition.getSourceScopeId() + ": " + f));
    }
    return reasons;
  }

  private static List<String> planProblems(MigrationPlanValidationException e) {
    List<String> problems = new ArrayList<>();
    for (MigrationInstructionValidationReport instruction :
        e.getValidationReport().getInstructionReports()) {
      instruction
          .getFailures()
          .forEach(
              f ->
                  problems.add(
                      instruction.getMigrationInstruction().getSourceActivityId()
                          + " to "
                          + instruction.getMigrationInstruction().getTargetActivityId()
                          + ": "
                          + f));
    }
    if (problems.isEmpty()) {
      problems.add(e.getMessage());
    }
    return problems;
  }

  // Receipts -----------------------------------------------------------------------------------

  String receipt(String planHash) {
    long issued = Instant.now(clock).getEpochSecond();
    return issued + "." + signature(planHash, issued);
  }

  private void checkReceipt(String planHash, String receipt) {
    if (receipt == null || !receipt.matches("\\d{1,19}\\.[A-Za-z0-9_-]+")) {
      throw new NoDryRunException(
          "Run the dry run of this plan first, then migrate with its receipt");
    }
    long issued = Long.parseLong(receipt.substring(0, receipt.indexOf('.')));
    String expected = issued + "." + signature(planHash, issued);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        receipt.getBytes(StandardCharsets.US_ASCII))) {
      throw new NoDryRunException(
          "This receipt is not from a dry run of this plan: run the dry run of this plan first");
    }
    if (Instant.ofEpochSecond(issued).plus(RECEIPT_VALIDITY).isBefore(Instant.now(clock))) {
      throw new NoDryRunException("The dry run is more than an hour old: run it again");
    }
  }

  private String signature(String planHash, long issued) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(hmac(receiptKey, planHash + "|" + issued));
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
