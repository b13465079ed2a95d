package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.fairchance.FairChanceApplication;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.support.EngineRest;
import org.fairchance.support.PostgresDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The production profile against the local PostgreSQL, started as an operator would start it. */
class PostgresProfileIT {

  static final String ADMIN_PASSWORD = "Str0ng!Passw0rd-26";

  @BeforeAll
  static void emptyDatabase() {
    PostgresDatabase.reset();
  }

  @Test
  void runsAnEmployerJourneyToItsEndOnPostgres() {
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(
              ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                  .getDatabaseType())
          .isEqualTo("postgres");

      String businessKey =
          app.getBean(EmployerJourneys.class)
              .start(
                  Map.of(
                      EmployerOnboardingProcess.Variables.EMPLOYER_NAME, "Harbor Metalworks",
                      EmployerOnboardingProcess.Variables.CONTACT_EMAIL, "hr@harbor.example"));
      var task =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceBusinessKey(businessKey)
              .singleResult();
      assertThat(task.getName()).isEqualTo("Review eligibility: Harbor Metalworks");
      engine
          .getTaskService()
          .complete(
              task.getId(),
              Map.of(
                  EmployerOnboardingProcess.Variables.ELIGIBILITY_DECISION,
                  EmployerOnboardingProcess.Values.DECLINED,
                  EmployerOnboardingProcess.Variables.ELIGIBILITY_COMMENT,
                  "Not a chamber member"));

      // The decline mail is recorded by an asynchronous step: the job executor runs it.
      var history = engine.getHistoryService();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  history
                          .createHistoricProcessInstanceQuery()
                          .processInstanceBusinessKey(businessKey)
                          .finished()
                          .count()
                      == 1);
      var journey =
          history
              .createHistoricProcessInstanceQuery()
              .processInstanceBusinessKey(businessKey)
              .singleResult();
      assertThat(
              history
                  .createHistoricActivityInstanceQuery()
                  .processInstanceId(journey.getId())
                  .list())
          .extracting(HistoricActivityInstance::getActivityId)
          .contains(EmployerOnboardingProcess.Elements.END_APPLICATION_DECLINED);
      assertThat(
              app.getBean(JdbcTemplate.class)
                  .queryForObject(
                      "SELECT count(*) FROM mail_outbox WHERE business_key = ? AND kind = ?",
                      Integer.class,
                      businessKey,
                      EmployerOnboardingProcess.MailKinds.APPLICATION_DECLINED))
          .isEqualTo(1);
    }
  }

  @Test
  void productionHasTheAdministratorAndNoDemoLogins() {
    try (ConfigurableApplicationContext app = start()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();

      assertThat(engine.getIdentityService().createUserQuery().userId("staff").count()).isZero();
      assertThat(engine.getIdentityService().createUserQuery().userId("manager").count()).isZero();
      assertThat(EngineRest.as(port, "manager", "manager").get("/engine-rest/task").statusCode())
          .isEqualTo(401);
      assertThat(
              EngineRest.as(port, "admin", ADMIN_PASSWORD)
                  .get("/engine-rest/deployment")
                  .statusCode())
          .isEqualTo(200);
    }
  }

  private static ConfigurableApplicationContext start() {
    List<String> properties = new ArrayList<>(PostgresDatabase.applicationProperties());
    properties.add("server.port=0");
    properties.add("FAIRCHANCE_ADMIN_PASSWORD=" + ADMIN_PASSWORD);
    properties.add("FAIRCHANCE_LINK_SECRET=" + "x".repeat(20) + "-test-link-secret-42");
    return new SpringApplicationBuilder(FairChanceApplication.class)
        .profiles("postgres")
        .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
  }
}
