package org.fairchance.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where mail comes from and where staff mail goes when a journey has no coordinator yet.
 *
 * @param staffAddress the chamber's shared staff mailbox
 */
@ConfigurationProperties("fairchance.mail")
public record MailProperties(@DefaultValue("onboarding@chamber.example") String staffAddress) {}
