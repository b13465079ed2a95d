package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.fairchance.support.EngineRest;
import org.fairchance.support.Multipart;
import org.fairchance.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessIT {

  /** A minimal model as the Modeler saves it, with a Camunda Form on its start event. */
  private static final String MODEL =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_AccessCheck"
          targetNamespace="https://fairchance.example/bpmn">
        <bpmn:process id="%s" name="Access check" isExecutable="true"
            camunda:historyTimeToLive="P30D">
          <bpmn:startEvent id="StartEvent_Started" name="Started"
              camunda:formRef="access-check-form" camunda:formRefBinding="deployment" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  private static final String FORM =
      """
      {"id": "access-check-form", "type": "default", "schemaVersion": 16,
       "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
       "components": [{"id": "Field_Note", "key": "note", "label": "Note", "type": "textfield"}]}
      """;

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  @Test
  void anonymousCallersOfTheRestApiAreAskedToAuthenticate() {
    var response = EngineRest.anonymous(port).get("/engine-rest/process-definition");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThat(
            EngineRest.as(port, "staff", "not-the-password").get("/engine-rest/task").statusCode())
        .isEqualTo(401);
  }

  @Test
  void anonymousCallersOfTheWebappApisGetNothing() {
    var anonymous = new WebappSession(port);

    assertThat(anonymous.get("/camunda/api/engine/engine/default/process-definition").statusCode())
        .isEqualTo(401);
    assertThat(anonymous.get("/camunda/api/engine/engine/default/task").statusCode())
        .isEqualTo(401);
    assertThat(
            anonymous
                .get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void theWebAppsNeverOfferTheInitialAdministratorSetup() {
    var anonymous = new WebappSession(port);

    var tasklist = anonymous.get("/camunda/app/tasklist/default/");
    var setup =
        anonymous.postJson(
            "/camunda/api/admin/setup/default/user/create",
            "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\"},"
                + "\"credentials\":{\"password\":\"Intruder-2026!\"}}");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.uri().toString()).doesNotContain("setup");
    assertThat(setup.statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void staffWorkInTasklistButCannotOpenCockpitOrAdmin() {
    assertThat(new WebappSession(port).login("tasklist", "staff", "staff")).isEqualTo(200);
    assertThat(new WebappSession(port).login("cockpit", "staff", "staff")).isEqualTo(403);
    assertThat(new WebappSession(port).login("admin", "staff", "staff")).isEqualTo(403);
    assertThat(new WebappSession(port).login("tasklist", "reviewer", "reviewer")).isEqualTo(200);
    assertThat(new WebappSession(port).login("admin", "reviewer", "reviewer")).isEqualTo(403);
  }

  @Test
  void managersOpenCockpitAndAdmin() {
    assertThat(new WebappSession(port).login("cockpit", "manager", "manager")).isEqualTo(200);
    assertThat(new WebappSession(port).login("admin", "manager", "manager")).isEqualTo(200);
  }

  @Test
  void staffSeeTheirQueueThroughTheRestApi() {
    var staff = EngineRest.as(port, "staff", "staff");

    var tasks = staff.get("/engine-rest/task?candidateGroup=chamber-staff");

    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).contains("Review eligibility: Acme Tools");
  }

  @Test
  void staffCannotReadAdministrationData() {
    var staff = EngineRest.as(port, "staff", "staff");
    var manager = EngineRest.as(port, "manager", "manager");

    assertThat(staff.get("/engine-rest/authorization/count").body()).isEqualTo("{\"count\":0}");
    assertThat(manager.get("/engine-rest/authorization/count").body())
        .isNotEqualTo("{\"count\":0}");
    assertThat(staff.get("/engine-rest/deployment/count").body()).isEqualTo("{\"count\":0}");
    assertThat(
            staff
                .postJson(
                    "/engine-rest/user/create",
                    "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}")
                .statusCode())
        .isEqualTo(403);
    assertThat(staff.put("/engine-rest/group/managers/members/staff").statusCode()).isEqualTo(403);
  }

  @Test
  void staffCannotDeploy() {
    var response =
        EngineRest.as(port, "staff", "staff")
            .deploy("staff attempt", part("staff-attempt.bpmn", MODEL.formatted("staff-attempt")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("staff-attempt")
                .count())
        .isZero();
  }

  @Test
  void managersDeployFromTheModelerWithForms() {
    var response =
        EngineRest.as(port, "manager", "manager")
            .deploy(
                "access check from the Modeler",
                part("access-check.bpmn", MODEL.formatted("access-check")),
                part("access-check-form.form", FORM));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("access-check")
            .latestVersion()
            .singleResult();
    assertThat(definition).isNotNull();
    assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
        .containsExactlyInAnyOrder("access-check.bpmn", "access-check-form.form");
  }

  private static Multipart.Part part(String name, String content) {
    return new Multipart.Part(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
