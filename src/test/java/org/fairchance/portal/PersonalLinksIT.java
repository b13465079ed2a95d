package org.fairchance.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;
import org.fairchance.onboarding.EmployerOnboardingProcess.Values;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess;
import org.fairchance.reminders.MailOutbox;
import org.fairchance.reminders.MailTemplates;
import org.fairchance.reminders.OutboxMessage;
import org.fairchance.system.ChamberProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Personal links and the application page refuse what they must: a damaged, expired or foreign
 * token, a replayed answer, a missing CSRF token, a repeated or robotic application; each gets a
 * clear page and changes nothing.
 */
@SpringBootTest(
    properties = {
      "fairchance.mail.scheduled=false",
      "fairchance.reminders.scheduled=false",
      "fairchance.portal.applications-per-address=3"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class PersonalLinksIT {

  @Autowired MockMvc mvc;
  @Autowired EmployerJourneys journeys;
  @Autowired EmployerLinks links;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired MailOutbox outbox;
  @Autowired MailTemplates templates;
  @Autowired PortalProperties properties;
  @Autowired ChamberProperties chamber;

  static Map<String, Object> application(String company, String email) {
    Map<String, Object> values = new HashMap<>();
    values.put(Variables.EMPLOYER_NAME, company);
    values.put(Variables.CONTACT_NAME, "Dana Smith");
    values.put(Variables.CONTACT_EMAIL, email);
    values.put(Variables.CONTACT_PHONE, "816-555-0199");
    values.put(Variables.COUNTY, "Jackson");
    values.put(Variables.INDUSTRY, "manufacturing");
    values.put(Variables.EMPLOYEE_COUNT, 25);
    return values;
  }

  /** A journey whose employer was asked for more information; returns the employer's task. */
  Task askedForMoreInformation(String businessKey) {
    Task review =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(Elements.TASK_REVIEW_ELIGIBILITY)
            .singleResult();
    taskService.complete(
        review.getId(),
        Map.of(
            Variables.ELIGIBILITY_DECISION,
            Values.MORE_INFORMATION,
            Variables.INFORMATION_REQUEST,
            "How many sites do you run?"));
    return employerTask(businessKey);
  }

  Task employerTask(String businessKey) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(Elements.TASK_PROVIDE_MORE_INFORMATION)
        .singleResult();
  }

  String journey(String company) {
    return journeys.start(application(company, company.toLowerCase() + "@example.org"));
  }

  MockHttpServletResponse answer(String token, String taskId, String json) throws Exception {
    return mvc.perform(
            post("/portal/" + token + "/tasks/" + taskId).param("values", json).with(csrf()))
        .andReturn()
        .getResponse();
  }

  @Test
  void listsTheOpenTasksOfTheJourneyAndCompletesOneWithCheckedValues(CapturedOutput output)
      throws Exception {
    String businessKey = journey("Listed");
    Task task = askedForMoreInformation(businessKey);
    String token = links.token(businessKey);

    MockHttpServletResponse page = mvc.perform(get("/portal/" + token)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("Listed", task.getName(), task.getId());
    assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");

    MockHttpServletResponse form =
        mvc.perform(get("/portal/" + token + "/tasks/" + task.getId())).andReturn().getResponse();
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(form.getContentAsString())
        .contains("How many sites do you run?", "informationResponse")
        .doesNotContain("coordinator&quot;");

    MockHttpServletResponse done = answer(token, task.getId(), "{\"informationResponse\":\"Two\"}");
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(employerTask(businessKey)).isNull();
    String instance = journeyInstance(businessKey);
    assertThat(runtimeService.getVariable(instance, Variables.INFORMATION_RESPONSE))
        .isEqualTo("Two");

    assertThat(output.getAll()).doesNotContain(token);
  }

  @Test
  void listsAndCompletesTheTasksOfTheStagesTheJourneyCalled() throws Exception {
    String businessKey = journey("Staged");
    String root = journeyInstance(businessKey);
    Task review =
        taskService
            .createTaskQuery()
            .processInstanceId(root)
            .taskDefinitionKey(Elements.TASK_REVIEW_ELIGIBILITY)
            .singleResult();
    taskService.complete(review.getId(), Map.of(Variables.ELIGIBILITY_DECISION, Values.ACCEPTED));
    // The welcome mail is an async step before the workshop stage is called.
    String stage =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> calledStage(root), java.util.Objects::nonNull);
    runtimeService
        .createProcessInstanceModification(stage)
        .startBeforeActivity(EducationWorkshopProcess.Elements.TASK_REGISTER)
        .execute();
    Task registration =
        taskService
            .createTaskQuery()
            .processInstanceId(stage)
            .taskDefinitionKey(EducationWorkshopProcess.Elements.TASK_REGISTER)
            .singleResult();
    String token = links.token(businessKey);

    assertThat(mvc.perform(get("/portal/" + token)).andReturn().getResponse().getContentAsString())
        .contains(registration.getId(), registration.getName());

    // The attendee count is hidden when another date is asked for: neither checked nor written.
    MockHttpServletResponse done =
        answer(
            token,
            registration.getId(),
            "{\"workshopRegistration\":\"another-date\",\"workshopAttendeeCount\":999,"
                + "\"workshopPreferredDates\":\"Tuesdays\"}");

    assertThat(done.getStatus()).isEqualTo(302);
    Map<String, Object> written = new HashMap<>();
    historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceId(stage)
        .list()
        .forEach(v -> written.put(v.getName(), v.getValue()));
    assertThat(written)
        .containsEntry(EducationWorkshopProcess.Variables.REGISTRATION, "another-date")
        .containsEntry("workshopPreferredDates", "Tuesdays")
        .doesNotContainKey("workshopAttendeeCount");
  }

  String calledStage(String root) {
    managementService
        .createJobQuery()
        .processInstanceId(root)
        .executable()
        .list()
        .forEach(
            job -> {
              try {
                managementService.executeJob(job.getId());
              } catch (RuntimeException takenByTheJobExecutor) {
                // The job executor ran it first.
              }
            });
    ProcessInstance called =
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(root).singleResult();
    return called == null ? null : called.getId();
  }

  @Test
  void aDamagedTokenGetsAClearPageAndChangesNothing() throws Exception {
    String businessKey = journey("Damaged");
    Task task = askedForMoreInformation(businessKey);
    String token = links.token(businessKey);
    String damaged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

    MockHttpServletResponse page = mvc.perform(get("/portal/" + damaged)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(404);
    assertThat(page.getContentAsString()).contains("This link does not work");

    MockHttpServletResponse post = answer(damaged, task.getId(), "{\"informationResponse\":\"x\"}");
    assertThat(post.getStatus()).isEqualTo(404);
    assertThat(employerTask(businessKey)).isNotNull();
  }

  @Test
  void anExpiredTokenOffersAFreshLinkToTheAddressOnFileWithoutShowingIt() throws Exception {
    String businessKey = journey("Expired");
    Task task = askedForMoreInformation(businessKey);
    Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(31)), ZoneOffset.UTC);
    String old = new EmployerLinks(properties, chamber, longAgo).token(businessKey);

    MockHttpServletResponse page = mvc.perform(get("/portal/" + old)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(410);
    assertThat(page.getContentAsString())
        .contains("This link has expired", "Send me a new link")
        .doesNotContain("expired@example.org");
    assertThat(answer(old, task.getId(), "{\"informationResponse\":\"x\"}").getStatus())
        .isEqualTo(410);
    assertThat(employerTask(businessKey)).isNotNull();

    MockHttpServletResponse sent =
        mvc.perform(post("/portal/" + old + "/fresh-link").with(csrf())).andReturn().getResponse();
    assertThat(sent.getStatus()).isEqualTo(200);
    assertThat(sent.getContentAsString())
        .contains("A new link is on its way")
        .doesNotContain("expired@example.org");
    List<OutboxMessage> freshLinks = mail(businessKey, PersonalPages.MAIL_PORTAL_LINK);
    assertThat(freshLinks).hasSize(1);
    assertThat(freshLinks.get(0).recipient()).isEqualTo("expired@example.org");
  }

  @Test
  void freshLinksAreLimitedPerAddress() throws Exception {
    String businessKey = journey("Limited");
    Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(31)), ZoneOffset.UTC);
    String old = new EmployerLinks(properties, chamber, longAgo).token(businessKey);

    for (int i = 0; i < properties.freshLinksPerAddress(); i++) {
      mvc.perform(
          post("/portal/" + old + "/fresh-link")
              .with(csrf())
              .with(
                  request -> {
                    request.setRemoteAddr("10.9.9.9");
                    return request;
                  }));
    }
    MockHttpServletResponse refused =
        mvc.perform(
                post("/portal/" + old + "/fresh-link")
                    .with(csrf())
                    .with(
                        request -> {
                          request.setRemoteAddr("10.9.9.9");
                          return request;
                        }))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(mail(businessKey, PersonalPages.MAIL_PORTAL_LINK))
        .hasSize(properties.freshLinksPerAddress());
  }

  @Test
  void anotherJourneysTaskIsRefusedAndStaysOpen() throws Exception {
    String mine = journey("Mine");
    askedForMoreInformation(mine);
    String theirs = journey("Theirs");
    Task theirTask = askedForMoreInformation(theirs);
    String myToken = links.token(mine);

    MockHttpServletResponse page =
        mvc.perform(get("/portal/" + myToken + "/tasks/" + theirTask.getId()))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(404);
    assertThat(page.getContentAsString()).contains("Nothing to answer here");
    assertThat(page.getContentAsString()).doesNotContain("Theirs");

    MockHttpServletResponse post =
        answer(myToken, theirTask.getId(), "{\"informationResponse\":\"hijack\"}");
    assertThat(post.getStatus()).isEqualTo(404);
    assertThat(employerTask(theirs)).isNotNull();
    assertThat(runtimeService.getVariable(journeyInstance(theirs), Variables.INFORMATION_RESPONSE))
        .isNull();
  }

  @Test
  void aReplayedAnswerIsRefusedAndTheFirstAnswerStands() throws Exception {
    String businessKey = journey("Replay");
    Task task = askedForMoreInformation(businessKey);
    String token = links.token(businessKey);

    assertThat(answer(token, task.getId(), "{\"informationResponse\":\"First\"}").getStatus())
        .isEqualTo(302);
    MockHttpServletResponse replay =
        answer(token, task.getId(), "{\"informationResponse\":\"Second\"}");

    assertThat(replay.getStatus()).isEqualTo(404);
    assertThat(replay.getContentAsString()).contains("already answered");
    assertThat(
            runtimeService.getVariable(
                journeyInstance(businessKey), Variables.INFORMATION_RESPONSE))
        .isEqualTo("First");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    String businessKey = journey("Forged");
    Task task = askedForMoreInformation(businessKey);

    MockHttpServletResponse refused =
        mvc.perform(
                post("/portal/" + links.token(businessKey) + "/tasks/" + task.getId())
                    .param("values", "{\"informationResponse\":\"forged\"}"))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getForwardedUrl()).isEqualTo(PortalSecurity.REFUSED_PAGE);
    assertThat(employerTask(businessKey)).isNotNull();
  }

  @Test
  void aWrongAnswerComesBackWithEverythingTypedAndTheTaskStaysOpen() throws Exception {
    String businessKey = journey("Wrong");
    Task task = askedForMoreInformation(businessKey);
    String token = links.token(businessKey);
    String tooLong = "y".repeat(4001);

    MockHttpServletResponse tooMuch =
        answer(token, task.getId(), "{\"informationResponse\":\"" + tooLong + "\"}");
    assertThat(tooMuch.getStatus()).isEqualTo(422);
    assertThat(tooMuch.getContentAsString())
        .contains(tooLong, "Field_InformationResponse", "at most 4000 characters");

    MockHttpServletResponse unknown =
        answer(
            token,
            task.getId(),
            "{\"informationResponse\":\"ok\",\"eligibilityDecision\":\"accepted\"}");
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(unknown.getContentAsString()).contains("does not ask for");

    MockHttpServletResponse oversized =
        answer(
            token,
            task.getId(),
            "{\"informationResponse\":\""
                + "z".repeat((int) properties.maxSubmission().toBytes())
                + "\"}");
    assertThat(oversized.getStatus()).isEqualTo(400);

    assertThat(employerTask(businessKey)).isNotNull();
    assertThat(runtimeService.getVariables(journeyInstance(businessKey)))
        .doesNotContainKey(Variables.INFORMATION_RESPONSE)
        .containsEntry(Variables.ELIGIBILITY_DECISION, Values.MORE_INFORMATION);
  }

  @Test
  void anApplicationStartsOneJourneyHoweverOftenItIsSent() throws Exception {
    String key = "0f8fad5b-d9cb-469f-a165-70867728950e";
    String values = applicationJson("Twice Inc", "<script>alert('x')</script>");

    MockHttpServletResponse first = apply(values, key, "", "10.0.0.1");
    MockHttpServletResponse second = apply(values, key, "", "10.0.0.1");

    assertThat(first.getStatus()).isEqualTo(302);
    assertThat(second.getStatus()).isEqualTo(302);
    assertThat(second.getRedirectedUrl()).isEqualTo("/apply/received");
    assertThat(journeysOf("Twice Inc")).isEqualTo(1);

    // A script is only text: stored as typed, shown escaped in the confirmation mail.
    String businessKey =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(EmployerOnboardingProcess.KEY)
            .variableValueEquals(Variables.EMPLOYER_NAME, "Twice Inc")
            .singleResult()
            .getBusinessKey();
    List<OutboxMessage> received = mail(businessKey, Applications.MAIL_APPLICATION_RECEIVED);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).recipient()).isEqualTo("twice@example.org");
    var rendered = templates.render(received.get(0).kind(), businessKey, received.get(0).model());
    assertThat(rendered.html()).contains("&lt;script&gt;").doesNotContain("<script>alert");
    assertThat(rendered.text()).contains("Twice Inc");
    assertThat(runtimeService.getVariable(journeyInstance(businessKey), Variables.CONTACT_NAME))
        .isEqualTo("<script>alert('x')</script>");
  }

  @Test
  void aRobotFillingTheHiddenFieldStartsNothing() throws Exception {
    MockHttpServletResponse response =
        apply(
            applicationJson("Robot Inc", "R"),
            "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
            "http://spam",
            "10.0.0.2");

    assertThat(response.getRedirectedUrl()).isEqualTo("/apply/received");
    assertThat(journeysOf("Robot Inc")).isZero();
  }

  @Test
  void applicationsFromOneAddressAreLimited() throws Exception {
    for (int i = 0; i < properties.applicationsPerAddress(); i++) {
      assertThat(
              apply(
                      applicationJson("Busy " + i, "B"),
                      java.util.UUID.randomUUID().toString(),
                      "",
                      "10.0.0.3")
                  .getStatus())
          .isEqualTo(302);
    }
    MockHttpServletResponse refused =
        apply(
            applicationJson("Busy more", "B"),
            java.util.UUID.randomUUID().toString(),
            "",
            "10.0.0.3");

    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentAsString()).contains("try again later", "Busy more");
    assertThat(journeysOf("Busy more")).isZero();
  }

  @Test
  void anApplicationWithMistakesComesBackWithEverythingTyped() throws Exception {
    String values =
        applicationJson("Mistaken Inc", "M").replace("\"employeeCount\":25", "\"employeeCount\":0");

    MockHttpServletResponse response =
        apply(values, java.util.UUID.randomUUID().toString(), "", "10.0.0.4");

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString())
        .contains("Mistaken Inc", "Field_EmployeeCount", "1 or more");
    assertThat(journeysOf("Mistaken Inc")).isZero();
  }

  @Test
  void theApplicationPageShowsTheDeployedFormWithSecureHeaders() throws Exception {
    MockHttpServletResponse page = mvc.perform(get("/apply")).andReturn().getResponse();

    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("employer-application", "Field_EmployerName", "name=\"_csrf\"", "submissionKey");
    assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'");
  }

  @Test
  void aFormChangedInTheModelerShowsOnTheApplicationPage() throws Exception {
    String form =
        Files.readString(Path.of("forms", "employer-application.form"))
            .replace(
                "\"components\": [",
                "\"components\": [\n    { \"id\": \"Field_HeardFrom\", \"key\": \"heardFrom\","
                    + " \"label\": \"How did you hear about us?\", \"type\": \"textfield\" },");
    var deployment =
        repositoryService.createDeployment().name("Modeler change").enableDuplicateFiltering(false);
    deployment.addString("employer-application.form", form);
    for (String other :
        List.of(
            "eligibility-review.form",
            "provide-more-information.form",
            "silent-employer-follow-up.form")) {
      deployment.addString(other, Files.readString(Path.of("forms", other)));
    }
    deployment.addString(
        "employer-onboarding.bpmn",
        Files.readString(Path.of("processes", "employer-onboarding.bpmn")));
    deployment.deploy();

    assertThat(mvc.perform(get("/apply")).andReturn().getResponse().getContentAsString())
        .contains("How did you hear about us?");
  }

  MockHttpServletResponse apply(String values, String key, String trap, String address)
      throws Exception {
    return mvc.perform(
            post("/apply")
                .param("values", values)
                .param("submissionKey", key)
                .param("website", trap)
                .with(csrf())
                .with(
                    request -> {
                      request.setRemoteAddr(address);
                      return request;
                    }))
        .andReturn()
        .getResponse();
  }

  static String applicationJson(String company, String contact) {
    return """
        {"employerName":"%s","contactName":"%s","contactEmail":"%s@example.org",
         "contactPhone":"816-555-0199","county":"jackson county","industry":"retail",
         "employeeCount":25}"""
        .formatted(company, contact.replace("'", "\\u0027"), company.split(" ")[0].toLowerCase());
  }

  long journeysOf(String company) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(EmployerOnboardingProcess.KEY)
        .variableValueEquals(Variables.EMPLOYER_NAME, company)
        .count();
  }

  String journeyInstance(String businessKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(EmployerOnboardingProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .singleResult()
        .getId();
  }

  List<OutboxMessage> mail(String businessKey, String kind) {
    return outbox.recent(null, 500, 0).stream()
        .filter(m -> businessKey.equals(m.businessKey()) && kind.equals(m.kind()))
        .toList();
  }
}
