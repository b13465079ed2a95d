package baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * The baseline of the start-up benchmark (org.fairchance.benchmarks.StartupBenchmark). It lives
 * outside org.fairchance so that the application's component scan never finds it (its exclusions
 * would switch Flyway and security off in every test): Camunda's webapp and REST starters on H2 and
 * nothing of ours (this package holds no other bean, our settings file is not read, and the Spring
 * Security and Flyway that our application adds are switched off).
 */
@SpringBootApplication(
    exclude = {
      SecurityAutoConfiguration.class,
      SecurityFilterAutoConfiguration.class,
      UserDetailsServiceAutoConfiguration.class,
      FlywayAutoConfiguration.class
    })
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
