package org.fairchance.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fairchance.FairChanceApplication;
import org.fairchance.support.PostgresDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a benchmark runs it: on a fresh H2 file database or an emptied PostgreSQL
 * database, without demo data, with the scheduled mail sender, reminder sweep and job executor
 * switched off so that the benchmark decides when work happens.
 */
final class BenchmarkApplication {

  enum Database {
    H2,
    POSTGRES
  }

  static ConfigurableApplicationContext start(
      Database database, Path dataDir, String engineName, List<String> settings) {
    List<String> properties = new ArrayList<>();
    properties.add("server.port=0");
    properties.add("fairchance.demo.enabled=false");
    properties.add("fairchance.mail.scheduled=false");
    properties.add("fairchance.reminders.scheduled=false");
    properties.add("camunda.bpm.job-execution.enabled=false");
    properties.add("camunda.bpm.process-engine-name=" + engineName);
    properties.add("logging.level.org.fairchance=WARN");
    properties.add("logging.level.com.icegreen=WARN");
    properties.add("FAIRCHANCE_LINK_SECRET=" + "b".repeat(40));
    SpringApplicationBuilder builder = new SpringApplicationBuilder(FairChanceApplication.class);
    if (database == Database.POSTGRES) {
      properties.addAll(PostgresDatabase.applicationProperties());
      properties.add("FAIRCHANCE_ADMIN_PASSWORD=Bench!mark-Passw0rd");
      builder.profiles("postgres");
    } else {
      properties.add("FAIRCHANCE_DATA_DIR=" + dataDir);
    }
    properties.addAll(settings);
    return builder.run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
  }

  private BenchmarkApplication() {}
}
