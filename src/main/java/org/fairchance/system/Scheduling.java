package org.fairchance.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work of ours (the mail sender, the reminder sweep) runs on every node; each piece is
 * written so that several nodes doing it at once do it once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {}
