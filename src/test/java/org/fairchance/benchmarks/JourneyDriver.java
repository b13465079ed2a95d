package org.fairchance.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Elements;
import org.fairchance.onboarding.EmployerOnboardingProcess.Values;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.onboarding.hire.FirstHireProcess;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess;
import org.fairchance.onboarding.policy.PolicyAdoptionProcess;
import org.fairchance.onboarding.sustain.SustainReviewProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess;
import org.fairchance.reporting.Gender;
import org.fairchance.reporting.RaceEthnicity;
import org.springframework.context.ApplicationContext;

/**
 * Takes one employer from application to recognition through the engine's Java API, the happy path
 * of every stage: each waiting task is completed with the answers its form would send; when nothing
 * waits for a person, the journey's next job (mail step or timer) runs, whatever its due date, as
 * if its time had come.
 */
final class JourneyDriver {

  private final EmployerJourneys journeys;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;

  JourneyDriver(ApplicationContext app) {
    this.journeys = app.getBean(EmployerJourneys.class);
    this.tasks = app.getBean(TaskService.class);
    this.runtime = app.getBean(RuntimeService.class);
    this.management = app.getBean(ManagementService.class);
  }

  /** What one journey took. */
  record Walk(int userTasks, int jobs) {}

  Walk walk(int employer) {
    String journey =
        journeys.start(
            Map.of(
                Variables.EMPLOYER_NAME, "Throughput Employer " + employer,
                Variables.CONTACT_NAME, "Jordan Ellis",
                Variables.CONTACT_EMAIL, "walk" + employer + "@bench.example",
                Variables.CONTACT_PHONE, "816-555-0142",
                Variables.COUNTY, "Jackson",
                Variables.INDUSTRY, "manufacturing",
                Variables.EMPLOYEE_COUNT, 40));
    return drive(
        journey, EmployerOnboardingProcess.KEY, task -> answers(task.getTaskDefinitionKey()));
  }

  /**
   * Works a started process and everything it calls until its root instance ends: a waiting task
   * first, else the earliest job. The baseline is driven by this same loop.
   */
  Walk drive(
      String businessKey,
      String rootProcessKey,
      java.util.function.Function<Task, Map<String, Object>> answersTo) {
    String rootId =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .processDefinitionKey(rootProcessKey)
            .singleResult()
            .getId();
    int userTasks = 0;
    int jobs = 0;
    while (runtime.createProcessInstanceQuery().processInstanceId(rootId).count() > 0) {
      List<Task> waiting = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
      if (!waiting.isEmpty()) {
        Task task = waiting.get(0);
        tasks.complete(task.getId(), answersTo.apply(task));
        userTasks++;
        continue;
      }
      Job next =
          runtime
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(businessKey)
              .list()
              .stream()
              .flatMap(
                  p -> management.createJobQuery().processInstanceId(p.getId()).list().stream())
              .min(
                  Comparator.comparing(
                      Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
              .orElseThrow(() -> new IllegalStateException(businessKey + " waits for nothing"));
      management.executeJob(next.getId());
      jobs++;
    }
    return new Walk(userTasks, jobs);
  }

  /** The answers each task's form sends on the way to recognition. */
  static Map<String, Object> answers(String taskKey) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(-6));
    Map<String, Object> answers = new HashMap<>();
    switch (taskKey) {
      case Elements.TASK_REVIEW_ELIGIBILITY ->
          answers.put(Variables.ELIGIBILITY_DECISION, Values.ACCEPTED);
      case EducationWorkshopProcess.Elements.TASK_BOOK_SESSION -> {
        answers.put(
            EducationWorkshopProcess.Variables.SESSION_DATE_TIME,
            now.plusDays(10).withHour(14).withMinute(0).withSecond(0).withNano(0).toString());
        answers.put(EducationWorkshopProcess.Variables.PLACE, "Chamber hall, room 2");
      }
      case EducationWorkshopProcess.Elements.TASK_REGISTER -> {
        answers.put(
            EducationWorkshopProcess.Variables.REGISTRATION,
            EducationWorkshopProcess.Values.ATTENDING);
        answers.put(EducationWorkshopProcess.Variables.ATTENDEE_COUNT, 2);
        answers.put(EducationWorkshopProcess.Variables.ATTENDEE_ROLES, "Owner, HR manager");
      }
      case EducationWorkshopProcess.Elements.TASK_RECORD_ATTENDANCE -> {
        answers.put(
            EducationWorkshopProcess.Variables.ATTENDANCE,
            EducationWorkshopProcess.Values.ATTENDED);
        answers.put(EducationWorkshopProcess.Variables.PEOPLE_PRESENT, 2);
      }
      case PolicyAdoptionProcess.Elements.TASK_ATTEST_POLICY -> {
        PolicyAdoptionProcess.Variables.POLICY_ELEMENTS.forEach(e -> answers.put(e, true));
        answers.put(
            PolicyAdoptionProcess.Variables.DOCUMENT_LINK, "https://employer.example/policy");
      }
      case PolicyAdoptionProcess.Elements.TASK_REVIEW_POLICY ->
          answers.put(
              PolicyAdoptionProcess.Variables.REVIEW_DECISION,
              PolicyAdoptionProcess.Values.APPROVED);
      case ProbationOfficerMeetingProcess.Elements.TASK_SCHEDULE_MEETING -> {
        answers.put(
            ProbationOfficerMeetingProcess.Variables.MEETING_DATE_TIME,
            now.plusDays(20).withHour(10).withMinute(0).withSecond(0).withNano(0).toString());
        answers.put(ProbationOfficerMeetingProcess.Variables.MEETING_PLACE, "District office");
        answers.put(ProbationOfficerMeetingProcess.Variables.OFFICER_NAME, "Sam Ortiz");
        answers.put(
            ProbationOfficerMeetingProcess.Variables.OFFICER_AGENCY,
            ProbationOfficerMeetingProcess.Values.PROBATION_AND_PAROLE);
        answers.put(ProbationOfficerMeetingProcess.Variables.OFFICER_OFFICE, "District 5");
        answers.put(Variables.OFFICER_EMAIL, "sam.ortiz@probation.example");
        answers.put(ProbationOfficerMeetingProcess.Variables.OFFICER_PHONE, "816-555-0199");
      }
      case ProbationOfficerMeetingProcess.Elements.TASK_CONFIRM_MEETING -> {
        answers.put(
            ProbationOfficerMeetingProcess.Variables.CONFIRMATION,
            ProbationOfficerMeetingProcess.Values.ATTENDING);
        answers.put(ProbationOfficerMeetingProcess.Variables.ATTENDEES, "Jordan Ellis");
      }
      case ProbationOfficerMeetingProcess.Elements.TASK_RECORD_MEETING_OUTCOME -> {
        answers.put(
            ProbationOfficerMeetingProcess.Variables.OUTCOME,
            ProbationOfficerMeetingProcess.Values.HELD);
        answers.put(ProbationOfficerMeetingProcess.Variables.EMPLOYER_CONTACT_NAME, "Jordan Ellis");
        answers.put(ProbationOfficerMeetingProcess.Variables.EMPLOYER_CONTACT_ROLE, "HR manager");
        answers.put(Variables.OFFICER_CONTACT_NAME, "Sam Ortiz");
        answers.put(
            ProbationOfficerMeetingProcess.Variables.OFFICER_CONTACT_DETAILS, "816-555-0199");
        answers.put(
            ProbationOfficerMeetingProcess.Variables.SUPERVISION_CONDITIONS,
            List.of(ProbationOfficerMeetingProcess.Values.REPORTING_DAYS));
        answers.put(
            ProbationOfficerMeetingProcess.Variables.VERIFICATION_METHOD,
            ProbationOfficerMeetingProcess.Values.OFFICER_CALLS_EMPLOYER);
      }
      case FirstHireProcess.Elements.TASK_SEND_REFERRALS -> {
        answers.put(FirstHireProcess.Variables.REFERRAL_PARTNER, "Second Chance Works");
        answers.put(FirstHireProcess.Variables.CANDIDATES_REFERRED, 3);
        answers.put(FirstHireProcess.Variables.REFERRALS_SENT_ON, LocalDate.now().toString());
        answers.put(FirstHireProcess.Variables.REFERRAL_ROLES, "Welder");
      }
      case FirstHireProcess.Elements.TASK_REPORT_FIRST_HIRE -> {
        answers.put(Variables.HIRE_START_DATE, LocalDate.now().plusDays(30).toString());
        answers.put(Variables.HIRE_ROLE, "Welder");
        answers.put(FirstHireProcess.Variables.HIRE_HOURLY_WAGE, 21.5);
        answers.put(FirstHireProcess.Variables.HIRE_HOURS_PER_WEEK, 40);
        answers.put(
            FirstHireProcess.Variables.HIRE_EMPLOYMENT_TYPE, FirstHireProcess.Values.FULL_TIME);
        answers.put(FirstHireProcess.Variables.BOND_REQUESTED, true);
        answers.put(FirstHireProcess.Variables.WOTC_FORM_SENT, false);
        answers.put(FirstHireProcess.Variables.HIRE_RACE_ETHNICITY, RaceEthnicity.DECLINED.code());
        answers.put(FirstHireProcess.Variables.HIRE_GENDER, Gender.DECLINED.code());
      }
      case SustainReviewProcess.Elements.TASK_RETENTION_CHECK_IN -> {
        answers.put(SustainReviewProcess.Variables.STILL_EMPLOYED, SustainReviewProcess.Values.YES);
        answers.put(SustainReviewProcess.Variables.CURRENT_HOURLY_WAGE, 22.25);
        answers.put(SustainReviewProcess.Variables.PROMOTED, SustainReviewProcess.Values.NO);
      }
      case SustainReviewProcess.Elements.TASK_SUSTAIN_REVIEW ->
          answers.put(
              SustainReviewProcess.Variables.SUSTAIN_DECISION,
              SustainReviewProcess.Values.RECOGNIZE);
      default -> throw new IllegalStateException("No answers for task " + taskKey);
    }
    return answers;
  }
}
