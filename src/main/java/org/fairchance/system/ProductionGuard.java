package org.fairchance.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fairchance.identity.DemoUsers;
import org.fairchance.portal.PortalProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile with demo secrets: before the database or the engine is
 * touched, so nothing is created with a password everybody knows. Registered in {@code
 * META-INF/spring.factories}; {@link UnsafeProductionSettingsFailureAnalyzer} prints the reason.
 */
public class ProductionGuard
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  static final String PRODUCTION_PROFILE = "postgres";
  static final String ADMIN_PASSWORD_VARIABLE = "FAIRCHANCE_ADMIN_PASSWORD";
  static final String LINK_SECRET_VARIABLE = "FAIRCHANCE_LINK_SECRET";

  /** The administrator's display name; the engine's policy forbids it inside the password. */
  public static final String ADMIN_DISPLAY_NAME = "Administrator";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment environment = event.getEnvironment();
    if (!Arrays.asList(environment.getActiveProfiles()).contains(PRODUCTION_PROFILE)) {
      return;
    }
    List<String> problems =
        problems(
            environment.getProperty("fairchance.demo.enabled", Boolean.class, false),
            environment.getProperty("fairchance.admin.username"),
            environment.getProperty("fairchance.admin.password"));
    problems.addAll(linkSecretProblems(environment.getProperty("fairchance.portal.link-secret")));
    if (!problems.isEmpty()) {
      throw new UnsafeProductionSettingsException(problems);
    }
  }

  static List<String> problems(boolean demoEnabled, String adminUser, String adminPassword) {
    List<String> problems = new ArrayList<>();
    if (demoEnabled) {
      problems.add(
          "Demo mode is on (fairchance.demo.enabled=true): it creates logins whose passwords are"
              + " printed in the README.");
    }
    if (adminUser == null || adminUser.isBlank()) {
      problems.add("No administrator user name is set (FAIRCHANCE_ADMIN_USER).");
    }
    if (adminPassword == null || adminPassword.isBlank()) {
      problems.add("No administrator password is set (" + ADMIN_PASSWORD_VARIABLE + ").");
    } else if (DemoUsers.passwords().contains(adminPassword)) {
      problems.add(
          "The administrator password (" + ADMIN_PASSWORD_VARIABLE + ") is a demo password.");
    } else if (containsUserData(adminPassword, adminUser)) {
      problems.add(
          "The administrator password ("
              + ADMIN_PASSWORD_VARIABLE
              + ") contains the user name or the word \"administrator\", which the engine's"
              + " password policy forbids.");
    } else if (!strongEnough(adminPassword)) {
      problems.add(
          "The administrator password ("
              + ADMIN_PASSWORD_VARIABLE
              + ") is too weak: the engine's password policy, on in production, wants at least 10"
              + " characters with a lower-case letter, an upper-case letter, a digit and a"
              + " character that is neither.");
    }
    return problems;
  }

  static List<String> linkSecretProblems(String secret) {
    if (secret == null || secret.isBlank()) {
      return List.of("No key for employers' personal links is set (" + LINK_SECRET_VARIABLE + ").");
    }
    if (secret.equals(PortalProperties.DEMO_LINK_SECRET)) {
      return List.of(
          "The key for employers' personal links ("
              + LINK_SECRET_VARIABLE
              + ") is the demo key, which is public.");
    }
    if (secret.length() < 32) {
      return List.of(
          "The key for employers' personal links ("
              + LINK_SECRET_VARIABLE
              + ") is shorter than 32 characters.");
    }
    return List.of();
  }

  private static boolean containsUserData(String password, String user) {
    String upper = password.toUpperCase(Locale.ROOT);
    return upper.contains(ADMIN_DISPLAY_NAME.toUpperCase(Locale.ROOT))
        || (user != null && !user.isBlank() && upper.contains(user.toUpperCase(Locale.ROOT)));
  }

  private static boolean strongEnough(String password) {
    return password.length() >= 10
        && password.chars().anyMatch(Character::isLowerCase)
        && password.chars().anyMatch(Character::isUpperCase)
        && password.chars().anyMatch(Character::isDigit)
        && password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
  }

  @Override
  public int getOrder() {
    // After the configuration files have been read, so profile files count.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
