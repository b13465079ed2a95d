package org.fairchance.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this installation, under {@code fairchance.chamber}: shown on every page and in every
 * mail.
 *
 * @param name the chamber's name as employers know it
 * @param publicUrl the address employers reach the application at (links in mail start with it)
 * @param logoUrl the chamber's logo, an absolute URL or a path on this server
 * @param phone a phone number employers may call, shown in mail and on pages (optional)
 */
@ConfigurationProperties("fairchance.chamber")
public record ChamberProperties(
    @DefaultValue("Greater Metro Chamber of Commerce") String name,
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("/images/chamber-logo.svg") String logoUrl,
    String phone) {

  public ChamberProperties {
    publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }
}
