package org.fairchance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.fairchance.FairChanceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Three starts on one file database, as an operator restarting the application twice. */
class RestartIT {

  @TempDir Path dataDir;

  @Test
  void restartingTwiceLeavesExactlyOneOfEachSeededThing() {
    Map<String, Long> afterFirstStart = startCountAndStop();
    startCountAndStop();
    Map<String, Long> afterThirdStart;
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      afterThirdStart = counts(engine);

      for (Groups.GroupDefinition group : Groups.ALL) {
        assertThat(engine.getIdentityService().createGroupQuery().groupId(group.id()).count())
            .as("group %s", group.id())
            .isEqualTo(1);
      }
      for (DemoUsers.DemoUser user : DemoUsers.ALL) {
        assertThat(engine.getIdentityService().createUserQuery().userId(user.id()).count())
            .as("user %s", user.id())
            .isEqualTo(1);
      }
      for (TasklistFilters.FilterDefinition filter : TasklistFilters.definitions()) {
        assertThat(engine.getFilterService().createFilterQuery().filterName(filter.name()).count())
            .as("filter %s", filter.name())
            .isEqualTo(1);
      }
      for (GroupAuthorizations.Grant grant : GroupAuthorizations.grants()) {
        assertThat(
                engine
                    .getAuthorizationService()
                    .createAuthorizationQuery()
                    .groupIdIn(grant.groupId())
                    .resourceType(grant.resource())
                    .resourceId(grant.resourceId())
                    .count())
            .as("authorization %s", grant)
            .isEqualTo(1);
      }
    }

    assertThat(afterThirdStart).isEqualTo(afterFirstStart);
  }

  private Map<String, Long> startCountAndStop() {
    try (ConfigurableApplicationContext app = start()) {
      return counts(app.getBean(ProcessEngine.class));
    }
  }

  private ConfigurableApplicationContext start() {
    // Command-line arguments: they outrank application.yaml, as an operator's settings do.
    return new SpringApplicationBuilder(FairChanceApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:"
                + dataDir.resolve("restart")
                + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  private static Map<String, Long> counts(ProcessEngine engine) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("users", engine.getIdentityService().createUserQuery().count());
    counts.put("groups", engine.getIdentityService().createGroupQuery().count());
    counts.put("memberships", membershipCount(engine));
    counts.put(
        "authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
    counts.put("filters", engine.getFilterService().createFilterQuery().count());
    counts.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
    counts.put("journeys", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
    return counts;
  }

  private static long membershipCount(ProcessEngine engine) {
    return engine.getIdentityService().createGroupQuery().list().stream()
        .mapToLong(
            g -> engine.getIdentityService().createUserQuery().memberOfGroup(g.getId()).count())
        .sum();
  }
}
