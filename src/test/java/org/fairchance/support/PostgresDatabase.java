package org.fairchance.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The local PostgreSQL that tests of the production profile run against ({@code .ci/run} starts it
 * and creates the database). Override with FAIRCHANCE_TEST_DB_HOST, _PORT, _NAME, _USER.
 */
public final class PostgresDatabase {

  public static final String HOST = env("FAIRCHANCE_TEST_DB_HOST", "127.0.0.1");
  public static final String PORT = env("FAIRCHANCE_TEST_DB_PORT", "5432");
  public static final String NAME = env("FAIRCHANCE_TEST_DB_NAME", "fairchance_test");
  public static final String USER = env("FAIRCHANCE_TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("FAIRCHANCE_TEST_DB_PASSWORD", "postgres");

  /** The application's own settings (application-postgres.yaml) pointed at the test database. */
  public static List<String> applicationProperties() {
    return List.of(
        "DB_HOST=" + HOST,
        "DB_PORT=" + PORT,
        "DB_NAME=" + NAME,
        "DB_USER=" + USER,
        "DB_PASSWORD=" + PASSWORD);
  }

  public static String jdbcUrl() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + NAME;
  }

  /** Drops every table, so a test starts from an empty database as a fresh install does. */
  public static void reset() {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL test database "
              + jdbcUrl()
              + " is not reachable; .ci/run starts PostgreSQL and creates it: "
              + e.getMessage(),
          e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private PostgresDatabase() {}
}
