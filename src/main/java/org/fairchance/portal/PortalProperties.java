package org.fairchance.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The employer portal, under {@code fairchance.portal}.
 *
 * @param linkSecret the key that signs employers' personal links (at least 32 characters; the
 *     production profile refuses the demo key)
 * @param linkValidity how long a personal link works
 */
@ConfigurationProperties("fairchance.portal")
public record PortalProperties(String linkSecret, @DefaultValue("30d") Duration linkValidity) {

  /** The key of the demo run, printed in the source: never for production. */
  public static final String DEMO_LINK_SECRET = "demo-only-link-secret-change-me-in-production";
}
