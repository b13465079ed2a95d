package org.fairchance.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The baseline and target managers set per category of hires (table {@code equity_goal}), in
 * percent of all hires. A category without a row has neither.
 */
@Repository
class EquityGoals {

  static final String RACE_ETHNICITY = "race-ethnicity";
  static final String GENDER = "gender";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  EquityGoals(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One category's goal; either figure may be missing. */
  record Goal(String dimension, String category, BigDecimal baseline, BigDecimal target) {

    static String key(String dimension, String category) {
      return dimension + ":" + category;
    }

    String key() {
      return key(dimension, category);
    }
  }

  /** Every goal, by {@link Goal#key(String, String)}. */
  Map<String, Goal> all() {
    Map<String, Goal> goals = new HashMap<>();
    jdbc.query(
        "SELECT dimension, category, baseline_percent, target_percent FROM equity_goal",
        rs -> {
          Goal goal =
              new Goal(
                  rs.getString("dimension"),
                  rs.getString("category"),
                  rs.getBigDecimal("baseline_percent"),
                  rs.getBigDecimal("target_percent"));
          goals.put(goal.key(), goal);
        });
    return goals;
  }

  /** Replaces the goals of the categories given, all or none. */
  @Transactional
  void save(List<Goal> goals, String manager) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    for (Goal goal : goals) {
      jdbc.update(
          "DELETE FROM equity_goal WHERE dimension = ? AND category = ?",
          goal.dimension(),
          goal.category());
      if (goal.baseline() != null || goal.target() != null) {
        jdbc.update(
            """
            INSERT INTO equity_goal (dimension, category, baseline_percent, target_percent,
              updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
            """,
            goal.dimension(),
            goal.category(),
            goal.baseline(),
            goal.target(),
            now,
            manager);
      }
    }
  }
}
