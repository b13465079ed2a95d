package org.fairchance.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairchance.reminders.BusinessDaysTest.at;
import static org.fairchance.reminders.BusinessDaysTest.local;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.fairchance.identity.Groups;
import org.fairchance.onboarding.EmployerJourneys;
import org.fairchance.onboarding.EmployerOnboardingProcess;
import org.fairchance.onboarding.EmployerOnboardingProcess.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * When reminders fall due, with the engine's clock moved: business days around weekends and the
 * Thanksgiving holiday, office hours, and the end of daylight-saving time (chamber in Chicago).
 */
@SpringBootTest(
    properties = {
      "fairchance.mail.scheduled=false",
      "fairchance.reminders.scheduled=false",
      "fairchance.business-hours.zone=America/Chicago"
    })
@ActiveProfiles("test")
class ReminderTimingIT {

  @Autowired EmployerJourneys journeys;
  @Autowired TaskService taskService;
  @Autowired ReminderSweep sweep;
  @Autowired MailOutbox outbox;

  @AfterEach
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  void anEmployerTaskIsDueInBusinessDaysSkippingTheWeekendsAndThanksgiving() {
    Journey journey = employerTaskCreatedAt("2026-11-18T10:00");

    // Seven business days: Nov 19, 20, 23, 24, 25, (26 is Thanksgiving), 27, 30.
    assertThat(local(journey.employerTask().getDueDate().toInstant()))
        .isEqualTo("2026-11-30T10:00");
    assertThat(kinds(journey.businessKey())).containsExactly(MailKinds.EMPLOYER_TASK);
  }

  @Test
  void aReminderThatFallsDueOnTheWeekendWaitsForMondayMorning() {
    Journey journey = employerTaskCreatedAt("2026-11-18T10:00");

    sweepAt("2026-11-28T12:00"); // Saturday; the task is due Monday

    OutboxMessage reminder = newest(journey.businessKey());
    assertThat(reminder.kind()).isEqualTo(MailKinds.EMPLOYER_TASK_DUE_SOON);
    assertThat(local(reminder.nextAttemptAt())).isEqualTo("2026-11-30T09:00");
  }

  @Test
  void aReminderRecordedAfterOfficeHoursWaitsForTheNextOpeningAfterTheHoliday() {
    Journey journey = employerTaskCreatedAt("2026-11-18T10:00");

    sweepAt("2026-11-25T17:30"); // Wednesday evening before Thanksgiving

    OutboxMessage reminder = newest(journey.businessKey());
    assertThat(reminder.kind()).isEqualTo(MailKinds.EMPLOYER_TASK_DUE_SOON);
    assertThat(local(reminder.nextAttemptAt())).isEqualTo("2026-11-27T09:00");
  }

  @Test
  void anOverdueTaskEarnsEachFollowUpOnceAtItsBusinessDay() {
    Journey journey = employerTaskCreatedAt("2026-11-18T10:00");

    sweepAt("2026-11-25T10:30"); // due soon
    sweepAt("2026-11-30T11:00"); // due today, nothing new
    sweepAt("2026-12-01T10:00"); // one business day overdue
    sweepAt("2026-12-01T15:00"); // again the same day: nothing new
    sweepAt("2026-12-04T10:00"); // four business days: nothing new
    sweepAt("2026-12-07T10:00"); // five business days overdue

    assertThat(kinds(journey.businessKey()))
        .containsExactly(
            MailKinds.EMPLOYER_TASK,
            MailKinds.EMPLOYER_TASK_DUE_SOON,
            MailKinds.EMPLOYER_TASK_OVERDUE,
            MailKinds.EMPLOYER_TASK_OVERDUE);
  }

  @Test
  void aDueDateAcrossTheEndOfDaylightSavingTimeKeepsTheOfficeTime() {
    Journey journey = employerTaskCreatedAt("2026-10-28T10:00");

    // 10:00 CDT on Oct 28 is 15:00Z; seven business days later 10:00 CST is 16:00Z.
    assertThat(journey.employerTask().getDueDate().toInstant())
        .isEqualTo(Instant.parse("2026-11-06T16:00:00Z"));
  }

  @Test
  void staffGetOneDigestADayOfTheirOverdueWork() {
    ClockUtil.setCurrentTime(Date.from(at("2026-12-14T10:00")));
    journeys.start(application("Digest Foods"));

    int before = digests().size();
    sweepAt("2026-12-17T08:00"); // before opening: no digest yet
    assertThat(digests()).hasSize(before);
    sweepAt("2026-12-18T09:30"); // the review (due in three business days) is overdue
    sweepAt("2026-12-18T14:00"); // same day: no second digest
    List<OutboxMessage> staffDigests =
        digests().stream().filter(m -> m.recipient().equals("staff@chamber.example")).toList();
    assertThat(staffDigests).hasSize(1);
    assertThat(staffDigests.get(0).model().toString()).contains("Review eligibility: Digest Foods");
    sweepAt("2026-12-21T09:30"); // next business day: a new digest
    assertThat(digests().stream().filter(m -> m.recipient().equals("staff@chamber.example")))
        .hasSize(2);
  }

  record Journey(String businessKey, Task employerTask) {}

  private Journey employerTaskCreatedAt(String localChicago) {
    ClockUtil.setCurrentTime(Date.from(at(localChicago)));
    String businessKey = journeys.start(application("Timing Tools"));
    Task review =
        taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    taskService.complete(
        review.getId(),
        Map.of(
            Variables.ELIGIBILITY_DECISION,
            EmployerOnboardingProcess.Values.MORE_INFORMATION,
            Variables.INFORMATION_REQUEST,
            "How many sites do you have?"));
    return new Journey(
        businessKey,
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskCandidateGroup(Groups.EMPLOYER)
            .singleResult());
  }

  private void sweepAt(String localChicago) {
    ClockUtil.setCurrentTime(Date.from(at(localChicago)));
    sweep.sweep();
  }

  private List<String> kinds(String businessKey) {
    return mail(businessKey).stream().map(OutboxMessage::kind).toList();
  }

  private OutboxMessage newest(String businessKey) {
    List<OutboxMessage> mail = mail(businessKey);
    return mail.get(mail.size() - 1);
  }

  /** The journey's mail, oldest first. */
  private List<OutboxMessage> mail(String businessKey) {
    return outbox.recent(null, 1000, 0).stream()
        .filter(m -> businessKey.equals(m.businessKey()))
        .sorted(Comparator.comparing(OutboxMessage::createdAt))
        .toList();
  }

  private List<OutboxMessage> digests() {
    return outbox.recent(null, 1000, 0).stream()
        .filter(m -> m.kind().equals(MailKinds.STAFF_DIGEST))
        .toList();
  }

  private static Map<String, Object> application(String employer) {
    return Map.of(
        Variables.EMPLOYER_NAME,
        employer,
        Variables.CONTACT_NAME,
        "Dana Reyes",
        Variables.CONTACT_EMAIL,
        "dana@timing.example",
        Variables.COUNTY,
        "Jackson",
        Variables.INDUSTRY,
        "manufacturing",
        Variables.EMPLOYEE_COUNT,
        40);
  }
}
