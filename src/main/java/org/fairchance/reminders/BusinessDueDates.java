package org.fairchance.reminders;

import java.time.Instant;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one place that touches Camunda's internal business-calendar API: task due dates and follow-up
 * dates written as periods ({@code camunda:dueDate="P3D"}) count business days of the chamber
 * ({@link BusinessDays}); dates and expressions that give a date stay as they are. Timers keep
 * calendar time.
 */
@Component
class BusinessDueDates extends AbstractProcessEnginePlugin implements BusinessCalendar {

  private final BusinessDays businessDays;
  private final DueDateBusinessCalendar calendarDates = new DueDateBusinessCalendar();

  BusinessDueDates(BusinessDays businessDays) {
    this.businessDays = businessDays;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, this);
    configuration.setBusinessCalendarManager(calendars);
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return resolveDuedate(description);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    if (description.startsWith("P") && !description.contains("T")) {
      Instant start = startDate == null ? ClockUtil.now().toInstant() : startDate.toInstant();
      return Date.from(businessDays.plus(start, Period.parse(description)));
    }
    return calendarDates.resolveDuedate(description, startDate);
  }
}
