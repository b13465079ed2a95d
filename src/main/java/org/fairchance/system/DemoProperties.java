package org.fairchance.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode: sample logins and sample employers so a newcomer sees a working system. Off in
 * production, where {@link ProductionGuard} refuses it.
 */
@ConfigurationProperties("fairchance.demo")
public record DemoProperties(boolean enabled) {}
