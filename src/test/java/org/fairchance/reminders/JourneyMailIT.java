package org.fairchance.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess;
import org.fairchance.onboarding.workshop.EducationWorkshopProcess;
import org.fairchance.support.EngineTime;
import org.fairchance.support.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What each journey scenario mails, delivered to a real SMTP server: exactly the expected messages
 * to the expected people, with the right subject and, for employers, their personal link.
 */
@SpringBootTest(
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "fairchance.mail.scheduled=false",
      "fairchance.reminders.scheduled=false",
      "fairchance.chamber.public-url=https://onboarding.chamber.example"
    })
@ActiveProfiles("test")
class JourneyMailIT {

  static final SmtpServer smtp = new SmtpServer().start();
  static final String EMPLOYER = "hr@mailtest.example";
  static final String OFFICER = "officer.grant@probation.example";
  static final String PORTAL = "https://onboarding.chamber.example/portal/";

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", smtp::port);
  }

  @Autowired EmployerJourneys journeys;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired OutboxSender sender;
  @Autowired ReminderSweep sweep;

  /** A delivered mail as the test compares it. */
  record Mail(String to, String subject, boolean personalLink) {}

  @BeforeEach
  void quietStart() {
    sender.deliverDue(); // the demo journeys' mail, if any, is not this test's
    smtp.purge();
  }

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void aDeclinedApplicantHearsWhyAndNothingElse() throws Exception {
    String journey = journeys.start(application("Decline Works"));

    completeStaffTask(
        journey,
        EmployerOnboardingProcess.Elements.TASK_REVIEW_ELIGIBILITY,
        Map.of(
            Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.DECLINED,
            Variables.ELIGIBILITY_COMMENT,
            "Not a chamber member"));
    runJobs(journey);

    assertThat(delivered())
        .containsExactly(
            new Mail(
                EMPLOYER, "About your application to the fair-chance hiring initiative", false));
  }

  @Test
  void anAcceptedEmployerIsAskedOnceAndWelcomedAndInvitedToTheWorkshop() throws Exception {
    String journey = journeys.start(application("Welcome Tools"));

    completeStaffTask(
        journey,
        EmployerOnboardingProcess.Elements.TASK_REVIEW_ELIGIBILITY,
        Map.of(
            Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.MORE_INFORMATION,
            Variables.INFORMATION_REQUEST,
            "How many sites do you have?"));
    completeEmployerTask(
        journey,
        EmployerOnboardingProcess.Elements.TASK_PROVIDE_MORE_INFORMATION,
        Map.of(Variables.INFORMATION_RESPONSE, "Two sites."));
    completeStaffTask(
        journey,
        EmployerOnboardingProcess.Elements.TASK_REVIEW_ELIGIBILITY,
        Map.of(Variables.ELIGIBILITY_DECISION, EmployerOnboardingProcess.Values.ACCEPTED));
    runJobs(journey); // the welcome mail
    completeStaffTask(
        journey,
        EducationWorkshopProcess.Elements.TASK_BOOK_SESSION,
        Map.of(
            EducationWorkshopProcess.Variables.SESSION_DATE_TIME, "2031-03-11T14:00:00-05:00",
            EducationWorkshopProcess.Variables.PLACE, "Chamber hall, 30 W Pershing Rd"));
    runJobs(journey); // the invitation

    assertThat(delivered())
        .containsExactlyInAnyOrder(
            new Mail(
                EMPLOYER,
                "Greater Metro Chamber of Commerce: Provide more information: Welcome Tools",
                true),
            new Mail(EMPLOYER, "Welcome to the fair-chance hiring initiative, Welcome Tools", true),
            new Mail(
                EMPLOYER,
                "Your invitation: fair-chance hiring workshop, Tuesday, March 11, 2031 at 2:00 PM",
                true));
  }

  @Test
  void bothSidesOfAMeetingWithOfficersAreToldAndRemindedButOnlyTheEmployerGetsALink()
      throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-05-05T15:00:00Z")));
    String journey =
        startAt(EmployerOnboardingProcess.Elements.CALL_PROBATION_OFFICER_MEETING, "Meeting Foods");

    completeStaffTask(
        journey,
        ProbationOfficerMeetingProcess.Elements.TASK_SCHEDULE_MEETING,
        Map.of(
            ProbationOfficerMeetingProcess.Variables.MEETING_DATE_TIME, "2031-05-14T10:00:00-05:00",
            ProbationOfficerMeetingProcess.Variables.MEETING_PLACE,
                "Probation office, 615 E 13th St",
            ProbationOfficerMeetingProcess.Variables.OFFICER_NAME, "Pat Grant",
            ProbationOfficerMeetingProcess.Variables.OFFICER_AGENCY,
                ProbationOfficerMeetingProcess.Values.PROBATION,
            Variables.OFFICER_EMAIL, OFFICER));
    runJobs(journey); // both notices
    completeEmployerTask(
        journey,
        ProbationOfficerMeetingProcess.Elements.TASK_CONFIRM_MEETING,
        Map.of(
            ProbationOfficerMeetingProcess.Variables.CONFIRMATION,
            ProbationOfficerMeetingProcess.Values.ATTENDING,
            ProbationOfficerMeetingProcess.Variables.ATTENDEES,
            "HR lead and a shift supervisor"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-05-12T16:00:00Z")));
    runJobs(journey); // the reminder timer, then both reminders

    List<Mail> mails = delivered();
    assertThat(mails)
        .containsExactlyInAnyOrder(
            new Mail(
                EMPLOYER,
                "Please confirm: meeting with probation and parole officers, Wednesday, May 14, 2031 at 10:00 AM",
                true),
            new Mail(
                OFFICER,
                "Meeting with Meeting Foods on Wednesday, May 14, 2031 at 10:00 AM",
                false),
            // The employer confirmed already: the reminder needs no link.
            new Mail(
                EMPLOYER,
                "Reminder: your meeting with probation and parole officers, Wednesday, May 14, 2031 at 10:00 AM",
                false),
            new Mail(
                OFFICER,
                "Reminder: meeting with Meeting Foods on Wednesday, May 14, 2031 at 10:00 AM",
                false));
  }

  @Test
  void anEmployerWhoWithdrawsGetsOneConfirmation() throws Exception {
    String journey =
        startAt(EmployerOnboardingProcess.Elements.CALL_POLICY_ADOPTION, "Withdraw Ltd");

    runtimeService
        .createMessageCorrelation(EmployerOnboardingProcess.MESSAGE_EMPLOYER_WITHDREW)
        .processInstanceBusinessKey(journey)
        .setVariable(Variables.WITHDRAWAL_REASON, "No hiring this year")
        .correlate();
    runJobs(journey);

    List<Mail> mails = delivered();
    // The policy stage's first task mailed the employer before the withdrawal; the confirmation of
    // an ended journey has no link.
    assertThat(mails)
        .containsExactlyInAnyOrder(
            new Mail(
                EMPLOYER,
                "Greater Metro Chamber of Commerce: Confirm your fair-chance policy: Withdraw Ltd",
                true),
            new Mail(
                EMPLOYER,
                "Your withdrawal from the fair-chance hiring initiative is recorded",
                false));
  }

  @Test
  void anEmployerTaskEarnsADueSoonAndAnOverdueReminderInOfficeHours() throws Exception {
    ClockUtil.setCurrentTime(Date.from(chicago("2031-03-03T10:00")));
    String journey = journeys.start(application("Reminder Bakery"));
    completeStaffTask(
        journey,
        EmployerOnboardingProcess.Elements.TASK_REVIEW_ELIGIBILITY,
        Map.of(
            Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.MORE_INFORMATION,
            Variables.INFORMATION_REQUEST,
            "Which roles do you hire for?"));
    delivered(); // the new-task mail

    ClockUtil.setCurrentTime(
        Date.from(chicago("2031-03-10T10:30"))); // two business days before due
    sweep.sweep();
    List<Mail> dueSoon = delivered();
    ClockUtil.setCurrentTime(Date.from(chicago("2031-03-13T11:00"))); // one business day overdue
    sweep.sweep();
    sweep.sweep();
    List<Mail> overdue = delivered();

    assertThat(dueSoon)
        .containsExactly(
            new Mail(
                EMPLOYER,
                "Reminder: Provide more information: Reminder Bakery is due Wednesday, March 12, 2031",
                true));
    assertThat(overdue)
        .containsExactly(
            new Mail(
                EMPLOYER, "We are still waiting: Provide more information: Reminder Bakery", true));
  }

  private String startAt(String activity, String employer) {
    Map<String, Object> variables = new HashMap<>(application(employer));
    variables.put(Variables.ELIGIBILITY_DECISION, EmployerOnboardingProcess.Values.ACCEPTED);
    variables.put(Variables.COORDINATOR, "staff");
    String businessKey = "FC-MAIL-" + employer.replaceAll("\\W", "").toUpperCase();
    runtimeService
        .createProcessInstanceByKey(EmployerOnboardingProcess.KEY)
        .businessKey(businessKey)
        .setVariables(variables)
        .startBeforeActivity(activity)
        .execute();
    return businessKey;
  }

  private void completeStaffTask(String journey, String taskKey, Map<String, Object> values) {
    formService.submitTaskForm(task(journey, taskKey).getId(), values);
  }

  /** As the employer portal does, server side. */
  private void completeEmployerTask(String journey, String taskKey, Map<String, Object> values) {
    formService.submitTaskForm(task(journey, taskKey).getId(), values);
  }

  private Task task(String journey, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(journey)
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** Runs every job of the journey that is due, until none is left. */
  private void runJobs(String journey) {
    boolean ran;
    do {
      ran = false;
      for (ProcessInstance instance :
          runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(journey).list()) {
        for (Job job :
            managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .list()) {
          managementService.executeJob(job.getId());
          ran = true;
        }
      }
    } while (ran);
  }

  /**
   * Mail delivered since the last call. Staff digests are left out: they list every overdue task of
   * the chamber (the demo journeys' too) and have their own test.
   */
  private List<Mail> delivered() throws Exception {
    sender.deliverDue();
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : smtp.received()) {
      Mail mail = mail(message);
      if (!mail.subject().startsWith("Your overdue onboarding tasks")) {
        mails.add(mail);
      }
    }
    smtp.purge();
    return mails;
  }

  private static Mail mail(MimeMessage message) throws Exception {
    Set<String> to = new LinkedHashSet<>();
    for (Address address : message.getAllRecipients()) {
      to.add(address.toString());
    }
    assertThat(to).hasSize(1);
    return new Mail(to.iterator().next(), message.getSubject(), text(message).contains(PORTAL));
  }

  private static String text(MimeMessage message) throws Exception {
    StringBuilder text = new StringBuilder();
    collect(message.getContent(), text);
    return text.toString();
  }

  private static void collect(Object content, StringBuilder text) throws Exception {
    if (content instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i).getContent(), text);
      }
    } else {
      text.append(content);
    }
  }

  private static Instant chicago(String local) {
    return LocalDateTime.parse(local).atZone(EngineTime.CHAMBER_ZONE).toInstant();
  }

  private static Map<String, Object> application(String employer) {
    return Map.of(
        Variables.EMPLOYER_NAME, employer,
        Variables.CONTACT_NAME, "Dana Reyes",
        Variables.CONTACT_EMAIL, EMPLOYER,
        Variables.CONTACT_PHONE, "816-555-0199",
        Variables.COUNTY, "Jackson",
        Variables.INDUSTRY, "manufacturing",
        Variables.EMPLOYEE_COUNT, 40);
  }
}
