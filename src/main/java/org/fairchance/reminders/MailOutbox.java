package org.fairchance.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairchance.reminders.OutboxMessage.Status;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The mail outbox table. Recording joins the caller's transaction, so a process step and the mail
 * it causes commit or roll back together. Senders on any number of nodes claim due messages with a
 * token; a message is claimed by one sender at a time.
 */
@Service
public class MailOutbox {

  private static final TypeReference<Map<String, Object>> MODEL = new TypeReference<>() {};
  private static final int LOST_RACE_RETRIES = 5;
  private static final String COLUMNS =
      "id, kind, recipient, business_key, process_instance_id, model, status, attempts,"
          + " next_attempt_at, last_error, subject, created_at, sent_at";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  /**
   * Public so that tests and benchmarks can build a second node's outbox on its own connections.
   */
  public MailOutbox(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
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
    Timestamp due =
        request.notBefore() == null || request.notBefore().isBefore(now.toInstant())
            ? now
            : Timestamp.from(request.notBefore());
    try {
      int inserted =
          jdbc.update(
              """
              INSERT INTO mail_outbox (id, dedup_key, kind, recipient, business_key,
                process_instance_id, model, status, attempts, next_attempt_at, created_at)
              SELECT ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? FROM (VALUES (1)) one
              WHERE NOT EXISTS (SELECT 1 FROM mail_outbox WHERE dedup_key = ?)
              """,
              UUID.randomUUID().toString(),
              request.dedupKey(),
              request.kind(),
              request.recipient(),
              request.businessKey(),
              request.processInstanceId(),
              toJson(request.model()),
              due,
              now,
              request.dedupKey());
      return inserted == 1;
    } catch (DuplicateKeyException raceWithAnotherNode) {
      return false;
    }
  }

  /**
   * Claims up to {@code limit} messages that are due, for {@code claimFor}; a claim left by a
   * sender that died is taken over once it expires. Each claim counts as an attempt. Returns an
   * empty list only when nothing is due.
   */
  public List<OutboxMessage> claimDue(int limit, Duration claimFor) {
    for (int round = 0; round < LOST_RACE_RETRIES; round++) {
      Instant now = Instant.now(clock);
      List<String> candidates = dueIds(now, limit);
      if (candidates.isEmpty()) {
        return List.of();
      }
      String token = UUID.randomUUID().toString();
      for (String id : candidates) {
        // The status condition is checked again under the row lock: of two senders racing for a
        // row, only the first one's update matches.
        jdbc.update(
            """
            UPDATE mail_outbox SET status = 'SENDING', claim_token = ?, claim_expires_at = ?,
              attempts = attempts + 1
            WHERE id = ? AND ((status = 'PENDING' AND next_attempt_at <= ?)
                           OR (status = 'SENDING' AND claim_expires_at < ?))
            """,
            token,
            Timestamp.from(now.plus(claimFor)),
            id,
            Timestamp.from(now),
            Timestamp.from(now));
      }
      List<OutboxMessage> claimed =
          jdbc.query(
              "SELECT "
                  + COLUMNS
                  + ", claim_token FROM mail_outbox WHERE claim_token = ? AND status = 'SENDING'",
              this::claimed,
              token);
      if (!claimed.isEmpty()) {
        return claimed;
      }
      // Another sender took every one of these first: look again, past what it took.
    }
    return List.of();
  }

  private List<String> dueIds(Instant now, int limit) {
    return jdbc.queryForList(
        """
        SELECT id FROM mail_outbox
        WHERE (status = 'PENDING' AND next_attempt_at <= ?)
           OR (status = 'SENDING' AND claim_expires_at < ?)
        ORDER BY next_attempt_at, id
        LIMIT ?
        """,
        String.class,
        Timestamp.from(now),
        Timestamp.from(now),
        limit);
  }

  /**
   * Extends this sender's claim on a message just before it goes to the mail server. False when the
   * claim was lost (it expired and another sender took the message over): then this sender must not
   * send it.
   */
  public boolean renewClaim(String id, String claimToken, Duration claimFor) {
    Instant now = Instant.now(clock);
    return jdbc.update(
            """
            UPDATE mail_outbox SET claim_expires_at = ?
            WHERE id = ? AND claim_token = ? AND status = 'SENDING'
            """,
            Timestamp.from(now.plus(claimFor)),
            id,
            claimToken)
        == 1;
  }

  public void markSent(String id, String subject) {
    jdbc.update(
        """
        UPDATE mail_outbox SET status = 'SENT', sent_at = ?, subject = ?, last_error = NULL,
          claim_token = NULL, claim_expires_at = NULL WHERE id = ?
        """,
        Timestamp.from(Instant.now(clock)),
        subject,
        id);
  }

  /**
   * A failed attempt of a claimed message: try again at {@code retryAt}, or give up when {@code
   * retryAt} is null. Nothing changes when the claim was meanwhile taken over by another sender.
   */
  public void markFailed(OutboxMessage claimed, String error, Instant retryAt) {
    String message = error == null ? "unknown error" : error;
    jdbc.update(
        """
        UPDATE mail_outbox SET status = ?, last_error = ?, next_attempt_at = ?,
          claim_token = NULL, claim_expires_at = NULL
        WHERE id = ? AND claim_token = ? AND status = 'SENDING'
        """,
        retryAt == null ? Status.FAILED.name() : Status.PENDING.name(),
        message.length() > 2000 ? message.substring(0, 2000) : message,
        Timestamp.from(retryAt == null ? Instant.now(clock) : retryAt),
        claimed.id(),
        claimed.claimToken());
  }

  /** Staff send a message that gave up once more. */
  public boolean retry(String id) {
    return jdbc.update(
            """
            UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?
            WHERE id = ? AND status = 'FAILED'
            """,
            Timestamp.from(Instant.now(clock)),
            id)
        == 1;
  }

  /** Newest first, optionally of one status. */
  public List<OutboxMessage> recent(Status status, int limit, int offset) {
    String where = status == null ? "" : " WHERE status = ?";
    Object[] arguments =
        status == null ? new Object[] {limit, offset} : new Object[] {status.name(), limit, offset};
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM mail_outbox"
            + where
            + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
        this::message,
        arguments);
  }

  public OutboxMessage find(String id) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", this::message, id)
        .stream()
        .findFirst()
        .orElse(null);
  }

  public Map<Status, Long> countByStatus() {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      counts.put(status, 0L);
    }
    jdbc.query(
        "SELECT status, COUNT(*) FROM mail_outbox GROUP BY status",
        row -> {
          counts.put(Status.valueOf(row.getString(1)), row.getLong(2));
        });
    return counts;
  }

  private OutboxMessage message(ResultSet row, int index) throws SQLException {
    return read(row, null);
  }

  /** A message this sender has just claimed, with the claim's token. */
  private OutboxMessage claimed(ResultSet row, int index) throws SQLException {
    return read(row, row.getString("claim_token"));
  }

  private OutboxMessage read(ResultSet row, String claimToken) throws SQLException {
    return new OutboxMessage(
        row.getString("id"),
        row.getString("kind"),
        row.getString("recipient"),
        row.getString("business_key"),
        row.getString("process_instance_id"),
        fromJson(row.getString("model")),
        Status.valueOf(row.getString("status")),
        row.getInt("attempts"),
        instant(row.getTimestamp("next_attempt_at")),
        row.getString("last_error"),
        row.getString("subject"),
        instant(row.getTimestamp("created_at")),
        instant(row.getTimestamp("sent_at")),
        claimToken);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private String toJson(Map<String, Object> model) {
    try {
      return json.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Mail model cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  private Map<String, Object> fromJson(String model) {
    try {
      return json.readValue(model, MODEL);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Mail model is not JSON: " + e.getMessage(), e);
    }
  }
}
