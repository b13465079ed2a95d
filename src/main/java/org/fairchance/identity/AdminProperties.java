package org.fairchance.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The production administrator, a member of {@link Groups#MANAGERS}. Created once when absent; the
 * password is not reset on later starts, so a password changed in Admin stays changed.
 */
@ConfigurationProperties("fairchance.admin")
record AdminProperties(String username, String password) {

  boolean configured() {
    return username != null && !username.isBlank() && password != null && !password.isBlank();
  }
}
