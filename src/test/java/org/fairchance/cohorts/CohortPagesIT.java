package org.fairchance.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.cohorts.EmployerCohortProcess.Variables;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The cohort pages: who may open them, and staff linking journeys and scheduling sessions. */
@SpringBootTest(
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "fairchance.mail.scheduled=false",
      "fairchance.reminders.scheduled=false"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CohortPagesIT {

  @Autowired MockMvc web;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired EmployerJourneys journeys;
  @Autowired Cohorts cohorts;

  @Test
  void managersAndChamberStaffOpenTheCohortPagesOtherGroupsAreRefused() throws Exception {
    String cohort = plan("Open doors");

    web.perform(get("/manage/cohorts").with(httpBasic("staff", "staff")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Open doors")));
    web.perform(get("/manage/cohorts/" + cohort).with(httpBasic("manager", "manager")))
        .andExpect(status().isOk());
    web.perform(get("/manage/cohorts/" + cohort).with(httpBasic("reviewer", "reviewer")))
        .andExpect(status().isForbidden());
    web.perform(get("/manage/cohorts/" + cohort).with(httpBasic("liaison", "liaison")))
        .andExpect(status().isForbidden());
    web.perform(get("/manage/mail").with(httpBasic("staff", "staff")))
        .andExpect(status().isForbidden());
    web.perform(get("/manage/cohorts/CO-NONE").with(httpBasic("staff", "staff")))
        .andExpect(status().isNotFound());
  }

  @Test
  void staffLinkAJourneyAndSeeTheMembersStageAndOpenTasks() throws Exception {
    String cohort = plan("Page cohort");
    String member = journeyAtTheWorkshop("Page Plastics");

    web.perform(
            post("/manage/cohorts/" + cohort + "/members")
                .param("businessKey", member.toLowerCase())
                .with(httpBasic("staff", "staff"))
                .with(csrf()))
        .andExpect(redirectedUrl("/manage/cohorts/" + cohort))
        .andExpect(flash().attribute("notice", "Page Plastics joined the cohort."));

    web.perform(get("/manage/cohorts/" + cohort).with(httpBasic("staff", "staff")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Page Plastics")))
        .andExpect(content().string(containsString(member)))
        .andExpect(content().string(containsString("Education workshop")))
        .andExpect(content().string(containsString("Book a workshop session: Page Plastics")));
    assertThat(
            runtime.getVariable(
                runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(EmployerOnboardingProcess.KEY)
                    .processInstanceBusinessKey(member)
                    .singleResult()
                    .getId(),
                Variables.COHORT_ID))
        .isEqualTo(cohort);
  }

  @Test
  void aSessionThatHasBegunIsRefusedAndWhatWasTypedIsKept() throws Exception {
    String cohort = plan("Careful page");
    String past = LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();

    web.perform(
            post("/manage/cohorts/" + cohort + "/sessions")
                .param("start", past)
                .param("place", "Union hall")
                .param("note", "Bring a colleague")
                .with(httpBasic("staff", "staff"))
                .with(csrf()))
        .andExpect(redirectedUrl("/manage/cohorts/" + cohort))
        .andExpect(flash().attribute("error", containsString("has already begun")))
        .andExpect(
            flash()
                .attribute(
                    "typed",
                    Map.of("start", past, "place", "Union hall", "note", "Bring a colleague")));
    assertThat(cohorts.sessions(cohort)).isEmpty();
  }

  @Test
  void schedulingOnThePageInvitesTheMembersWaitingForABooking() throws Exception {
    String cohort = plan("Scheduling page");
    String member = journeyAtTheWorkshop("Schedule Steel");
    cohorts.join(cohort, member);
    String ahead = LocalDateTime.now().plusDays(6).truncatedTo(ChronoUnit.MINUTES).toString();

    web.perform(
            post("/manage/cohorts/" + cohort + "/sessions")
                .param("start", ahead)
                .param("place", "Union hall")
                .with(httpBasic("staff", "staff"))
                .with(csrf()))
        .andExpect(flash().attribute("notice", "Session scheduled; 1 member(s) invited."));
    web.perform(get("/manage/cohorts/" + cohort).with(httpBasic("staff", "staff")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Union hall")))
        .andExpect(content().string(not(containsString("Book a workshop session: Schedule Steel"))))
        .andExpect(content().string(containsString("Record attendance")));
    String session = cohorts.sessions(cohort).get(0).id();
    String other = plan("Other cohort");
    web.perform(
            post("/manage/cohorts/" + other + "/sessions/" + session + "/cancel")
                .with(httpBasic("staff", "staff"))
                .with(csrf()))
        .andExpect(flash().attribute("error", "This session belongs to another cohort."));
    assertThat(cohorts.sessions(cohort).get(0).status())
        .isEqualTo(CohortTable.SessionStatus.SCHEDULED);
    web.perform(
            post("/manage/cohorts/" + cohort + "/sessions")
                .param("start", ahead)
                .param("place", "Union hall")
                .with(httpBasic("staff", "staff")))
        .andExpect(status().isForbidden()); // no CSRF token
  }

  private String plan(String name) {
    return runtime
        .startProcessInstanceByKey(
            EmployerCohortProcess.KEY,
            Map.of(
                Variables.COHORT_NAME,
                name,
                Variables.SECTOR,
                "manufacturing",
                Variables.REGION,
                "Jackson",
                Variables.PLANNED_SIZE,
                10))
        .getBusinessKey();
  }

  private String journeyAtTheWorkshop(String employer) {
    String businessKey =
        journeys.start(
            Map.of(
                EmployerOnboardingProcess.Variables.EMPLOYER_NAME,
                employer,
                EmployerOnboardingProcess.Variables.CONTACT_NAME,
                "Dana Reyes",
                EmployerOnboardingProcess.Variables.CONTACT_EMAIL,
                "dana@page.example",
                EmployerOnboardingProcess.Variables.COUNTY,
                "Jackson",
                EmployerOnboardingProcess.Variables.INDUSTRY,
                "manufacturing",
                EmployerOnboardingProcess.Variables.EMPLOYEE_COUNT,
                12));
    Task review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    tasks.complete(
        review.getId(),
        Map.of(
            EmployerOnboardingProcess.Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.ACCEPTED));
    management
        .createJobQuery()
        .executable()
        .list()
        .forEach(job -> management.executeJob(job.getId())); // the welcome mail
    return businessKey;
  }
}
