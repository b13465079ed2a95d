package org.fairchance.reminders;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder policy, under {@code fairchance.reminders}. All counts are business days.
 *
 * @param scheduled whether the sweep runs by itself (tests switch it off and run it themselves)
 * @param sweepInterval how often open tasks are looked at
 * @param dueSoon an employer is reminded this many business days before a task is due
 * @param overdueFollowUps an employer is reminded again this many business days after the due date
 *     (one reminder per entry); after that the journey's "employer not answering" timer hands the
 *     case to the coordinator
 * @param escalateAfter a staff task overdue this long is shown to the journey's coordinator (or the
 *     managers, when it is the coordinator's own task or the journey has none)
 */
@ConfigurationProperties("fairchance.reminders")
public record ReminderSettings(
    @DefaultValue("true") boolean scheduled,
    @DefaultValue("5m") Duration sweepInterval,
    @DefaultValue("2") int dueSoon,
    @DefaultValue({"1", "5"}) List<Integer> overdueFollowUps,
    @DefaultValue("5") int escalateAfter) {}
