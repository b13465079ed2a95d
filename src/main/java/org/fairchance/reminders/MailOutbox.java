package org.fairchance.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Records mail in the outbox table, in the caller's transaction: a process step and the mail it
 * causes commit or roll back together. Delivery is the sender's business.
 */
@Service
public class MailOutbox {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  MailOutbox(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records a message unless one with the same deduplication key exists.
   *
   * @return true when recorded, false when it was a duplicate
   */
  public boolean enqueue(MailRequest request) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    try {
      jdbc.update(
          """
          INSERT INTO mail_outbox (id, dedup_key, kind, recipient, business_key,
            process_instance_id, model, status, attempts, next_attempt_at, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
          """,
          UUID.randomUUID().toString(),
          request.dedupKey(),
          request.kind(),
          request.recipient(),
          request.businessKey(),
          request.processInstanceId(),
          toJson(request.model()),
          now,
          now);
      return true;
    } catch (DuplicateKeyException duplicate) {
      return false;
    }
  }

  private String toJson(Map<String, Object> model) {
    try {
      return json.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Mail model cannot be written as JSON: " + e.getMessage(), e);
    }
  }
}
