package org.fairchance.cohorts;

import org.fairchance.support.PostgresDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cohort scenarios of {@link CohortMembershipIT} on PostgreSQL, the production database: the
 * cohort tables, their timestamps, and correlation by variables on another database than H2.
 */
@SpringBootTest(
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "fairchance.mail.scheduled=false",
      "fairchance.reminders.scheduled=false",
      "spring.datasource.url=jdbc:postgresql://${FAIRCHANCE_TEST_DB_HOST:127.0.0.1}:${FAIRCHANCE_TEST_DB_PORT:5432}/${FAIRCHANCE_TEST_DB_NAME:fairchance_test}",
      "spring.datasource.username=${FAIRCHANCE_TEST_DB_USER:postgres}",
      "spring.datasource.password=${FAIRCHANCE_TEST_DB_PASSWORD:postgres}"
    })
@ActiveProfiles("test")
class CohortMembershipOnPostgresIT extends CohortMembershipIT {

  @BeforeAll
  static void emptyDatabase() {
    PostgresDatabase.reset();
  }
}
