package org.fairchance.reminders;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings under {@code fairchance.mail}. The SMTP server itself is Spring's {@code
 * spring.mail.*}; without {@code spring.mail.host} nothing is sent and mail waits in the outbox,
 * visible on the managers' "Sent mail" page.
 *
 * @param from the sender address
 * @param replyTo where employers' answers go
 * @param staffAddress the chamber's shared staff mailbox, for staff mail without a named person
 * @param scheduled whether senders look for due mail by themselves (tests switch it off to send at
 *     a moment of their choosing)
 * @param pollInterval how often a sender looks for mail that is due
 * @param batchSize how many messages a sender takes at a time
 * @param claimTimeout how long a sender may hold a batch before another sender may take it over
 * @param retryDelays the waits after the 1st, 2nd, ... failed attempt; after the last, the message
 *     is marked failed and waits for staff
 */
@ConfigurationProperties("fairchance.mail")
public record MailProperties(
    @DefaultValue("onboarding@chamber.example") String from,
    @DefaultValue("fairchance@chamber.example") String replyTo,
    @DefaultValue("fairchance@chamber.example") String staffAddress,
    @DefaultValue("true") boolean scheduled,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("2m") Duration claimTimeout,
    @DefaultValue({"1m", "5m", "15m", "1h", "4h", "12h"}) List<Duration> retryDelays) {}
