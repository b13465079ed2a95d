package org.fairchance.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The employer portal, under {@code fairchance.portal}.
 *
 * @param linkSecret the key that signs employers' personal links (at least 32 characters; the
 *     production profile refuses the demo key)
 * @param linkValidity how long a personal link works
 * @param applicationsPerAddress applications one client address may send per {@code limitWindow}
 * @param freshLinksPerAddress fresh links one client address may ask for per {@code limitWindow}
 * @param limitWindow the period the two limits above count over
 * @param maxSubmission the largest form submission accepted
 */
@ConfigurationProperties("fairchance.portal")
public record PortalProperties(
    String linkSecret,
    @DefaultValue("30d") Duration linkValidity,
    @DefaultValue("5") int applicationsPerAddress,
    @DefaultValue("3") int freshLinksPerAddress,
    @DefaultValue("1h") Duration limitWindow,
    @DefaultValue("64KB") DataSize maxSubmission) {

  /** The key of the demo run, printed in the source: never for production. */
  public static final String DEMO_LINK_SECRET = "demo-only-link-secret-change-me-in-production";

  @ConstructorBinding
  public PortalProperties {}

  /** The link settings alone, with the default limits. */
  public PortalProperties(String linkSecret, Duration linkValidity) {
    this(linkSecret, linkValidity, 5, 3, Duration.ofHours(1), DataSize.ofKilobytes(64));
  }
}
