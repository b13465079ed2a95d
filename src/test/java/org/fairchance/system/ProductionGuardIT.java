package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fairchance.FairChanceApplication;
import org.fairchance.portal.PortalProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the application as its own process, as an operator does, and reads its exit. */
class ProductionGuardIT {

  record Exit(int code, String output) {}

  @Test
  void refusesToStartProductionWithADemoPassword() throws Exception {
    Exit exit = run(Map.of("FAIRCHANCE_ADMIN_PASSWORD", "manager"));

    assertThat(exit.code()).isNotZero();
    assertThat(exit.output())
        .contains("APPLICATION FAILED TO START")
        .contains("The administrator password (FAIRCHANCE_ADMIN_PASSWORD) is a demo password");
  }

  @Test
  void refusesToStartProductionWithoutAnAdministratorPassword() throws Exception {
    Exit exit = run(Map.of());

    assertThat(exit.code()).isNotZero();
    assertThat(exit.output())
        .contains("No administrator password is set (FAIRCHANCE_ADMIN_PASSWORD)");
    // Refused before the database was touched.
    assertThat(exit.output()).doesNotContain("HikariPool");
  }

  @Test
  void refusesToStartProductionWithDemoModeSwitchedOn() throws Exception {
    Exit exit =
        run(
            Map.of(
                "FAIRCHANCE_ADMIN_PASSWORD",
                "Str0ng!Passw0rd-26",
                "FAIRCHANCE_DEMO_ENABLED",
                "true"));

    assertThat(exit.code()).isNotZero();
    assertThat(exit.output()).contains("Demo mode is on");
  }

  @TempDir Path logs;

  @Test
  void refusesToStartProductionWithTheDemoLinkKey() throws Exception {
    Exit exit =
        run(
            Map.of(
                "FAIRCHANCE_ADMIN_PASSWORD",
                "Str0ng!Passw0rd-26",
                "FAIRCHANCE_LINK_SECRET",
                PortalProperties.DEMO_LINK_SECRET));

    assertThat(exit.code()).isNotZero();
    assertThat(exit.output()).contains("(FAIRCHANCE_LINK_SECRET) is the demo key");
  }

  private Exit run(Map<String, String> environment) throws IOException, InterruptedException {
    Path log = Files.createTempFile(logs, "start", ".log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    FairChanceApplication.class.getName(),
                    "--spring.profiles.active=postgres",
                    "--server.port=0"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("FAIRCHANCE_ADMIN_PASSWORD");
    builder.environment().remove("FAIRCHANCE_LINK_SECRET");
    builder.environment().putAll(environment);
    Process process = builder.start();
    boolean exited = process.waitFor(90, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(exited).as("the application exits on its own; it printed:%n%s", output).isTrue();
    return new Exit(process.exitValue(), output);
  }
}
