package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run on the build machines, so this reads docker-compose.yml as Compose would and
 * holds it against the application's configuration files.
 */
class DockerComposeTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

  static Map<String, Object> compose;
  static String applicationConfiguration;
  static String productionConfiguration;

  @BeforeAll
  static void read() throws IOException {
    compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    productionConfiguration =
        Files.readString(Path.of("src/main/resources/application-postgres.yaml"));
    try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
      StringBuilder all = new StringBuilder();
      for (Path file :
          files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
        all.append(Files.readString(file)).append('\n');
      }
      applicationConfiguration = all.toString();
    }
  }

  @Test
  void hasTheApplicationPostgresAndAMailCatcherEachWithAHealthCheck() {
    assertThat(services()).containsKeys("app", "postgres", "mailpit");
    services()
        .forEach(
            (name, service) ->
                assertThat(map(service)).as("service %s", name).containsKey("healthcheck"));
  }

  @Test
  void keepsTheDatabaseInANamedVolume() {
    Map<String, Object> volumes = map(compose.get("volumes"));
    List<?> mounts = (List<?>) map(services().get("postgres")).get("volumes");

    assertThat(mounts)
        .anySatisfy(mount -> assertThat(volumes).containsKey(mount.toString().split(":")[0]));
  }

  @Test
  void setsOnlyVariablesTheApplicationReads() {
    Map<String, Object> environment = appEnvironment();

    assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
    for (String variable : environment.keySet()) {
      if (variable.equals("SPRING_PROFILES_ACTIVE")) {
        continue;
      }
      assertThat(applicationConfiguration)
          .as("%s is set by docker-compose.yml but read nowhere in application*.yaml", variable)
          .contains("${" + variable + ":");
    }
  }

  @Test
  void pointsTheApplicationAtTheComposeServices() {
    Map<String, Object> environment = appEnvironment();

    assertThat(environment)
        .containsEntry("DB_HOST", "postgres")
        .containsEntry("MAIL_HOST", "mailpit");
    assertThat(map(services().get("app")).get("depends_on").toString())
        .contains("postgres", "mailpit");
  }

  @Test
  void productionDefaultsMatchTheComposeDatabase() {
    Map<String, Object> postgres = map(map(services().get("postgres")).get("environment"));

    assertThat(defaultOf("DB_NAME")).isEqualTo(postgres.get("POSTGRES_DB"));
    assertThat(defaultOf("DB_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
    assertThat(composeDefault(postgres.get("POSTGRES_PASSWORD")))
        .isEqualTo(defaultOf("DB_PASSWORD"));
    assertThat(defaultOf("DB_PORT")).isEqualTo(appEnvironment().get("DB_PORT"));
    assertThat(defaultOf("MAIL_PORT")).isEqualTo(appEnvironment().get("MAIL_PORT"));
  }

  @Test
  void demandsAnAdministratorPasswordInsteadOfShippingOne() {
    assertThat(appEnvironment().get("FAIRCHANCE_ADMIN_PASSWORD").toString())
        .startsWith("${FAIRCHANCE_ADMIN_PASSWORD:?");
  }

  private static String defaultOf(String variable) {
    Matcher matcher = PLACEHOLDER.matcher(productionConfiguration);
    while (matcher.find()) {
      if (matcher.group(1).equals(variable)) {
        return matcher.group(2);
      }
    }
    throw new AssertionError(variable + " has no default in application-postgres.yaml");
  }

  /** The default of a Compose interpolation such as {@code ${DB_PASSWORD:-fairchance}}. */
  private static String composeDefault(Object value) {
    Matcher matcher = Pattern.compile("\\$\\{[A-Z0-9_]+:-([^}]*)}").matcher(value.toString());
    return matcher.matches() ? matcher.group(1) : value.toString();
  }

  private static Map<String, Object> appEnvironment() {
    return map(map(services().get("app")).get("environment"));
  }

  private static Map<String, Object> services() {
    return map(compose.get("services"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }
}
