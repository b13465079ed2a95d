package org.fairchance.onboarding.officers;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.fairchance.onboarding.officers.OfficerMeetingSchedule.ScheduledMeeting;
import org.fairchance.onboarding.officers.ProbationOfficerMeetingProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * On completion of "Schedule probation and parole meeting" ({@code
 * ${officerMeetingScheduledListener}}): reads the meeting's start into the date the stage's timers
 * wait for, and refuses a meeting in the past. Clears the answers about the last meeting, so the
 * employer and the liaison answer afresh for the new one; contacts stay as suggestions.
 */
@Component
class OfficerMeetingScheduledListener implements TaskListener {

  /** Answers that belong to one meeting. */
  static final List<String> ANSWERS_ABOUT_THE_LAST_MEETING =
      List.of(
          Variables.CONFIRMATION,
          Variables.EMPLOYER_NOTE,
          Variables.OUTCOME,
          Variables.OUTCOME_NOTE);

  private final OfficerMeetingSchedule schedule;

  OfficerMeetingScheduledListener(OfficerMeetingSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateTask task) {
    ScheduledMeeting meeting = schedule.schedule(task.getVariable(Variables.MEETING_DATE_TIME));
    DelegateExecution execution = task.getExecution();
    execution.setVariable(Variables.MEETING_START, meeting.start());
    execution.setVariable(Variables.MEETING_LABEL, meeting.label());
    execution.removeVariables(ANSWERS_ABOUT_THE_LAST_MEETING);
  }
}
