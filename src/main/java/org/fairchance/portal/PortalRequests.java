package org.fairchance.portal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the portal remembers about requests, in the database so every application node sees the
 * same: which application submissions already started a journey, and how many requests of a kind a
 * client address made lately. Addresses are kept only as keyed hashes.
 */
@Service
class PortalRequests {

  static final String APPLY = "apply";
  static final String FRESH_LINK = "fresh-link";

  private final JdbcTemplate jdbc;
  private final PortalProperties properties;
  private final Clock clock;

  PortalRequests(JdbcTemplate jdbc, PortalProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** The journey an application submission started, if it did. */
  Optional<String> journeyOf(String submissionKey) {
    List<String> keys =
        jdbc.queryForList(
            "SELECT business_key FROM portal_submission WHERE submission_key = ?",
            String.class,
            submissionKey);
    return keys.stream().findFirst();
  }

  /**
   * Claims a submission key for a journey, in the caller's transaction. A second claim of the same
   * key waits for the first transaction and then fails.
   *
   * @return false when the key was claimed before
   */
  boolean claim(String submissionKey, String businessKey) {
    try {
      jdbc.update(
          "INSERT INTO portal_submission (submission_key, business_key, created_at) VALUES (?, ?, ?)",
          submissionKey,
          businessKey,
          Timestamp.from(Instant.now(clock)));
      return true;
    } catch (DuplicateKeyException claimedBefore) {
      return false;
    }
  }

  /** Whether a client may make one more request of a kind now, under its limit. */
  boolean allowed(String action, String clientAddress, int limit) {
    Instant since = Instant.now(clock).minus(properties.limitWindow());
    Integer recent =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM portal_request WHERE action = ? AND client = ? AND created_at > ?",
            Integer.class,
            action,
            client(clientAddress),
            Timestamp.from(since));
    return recent == null || recent < limit;
  }

  /** Counts a request of a client against its limit, and forgets requests older than the window. */
  void count(String action, String clientAddress) {
    Instant now = Instant.now(clock);
    jdbc.update(
        "DELETE FROM portal_request WHERE created_at < ?",
        Timestamp.from(now.minus(properties.limitWindow())));
    jdbc.update(
        "INSERT INTO portal_request (id, action, client, created_at) VALUES (?, ?, ?, ?)",
        UUID.randomUUID().toString(),
        action,
        client(clientAddress),
        Timestamp.from(now));
  }

  private String client(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              properties.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] hash = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 24);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("Cannot hash client addresses", e);
    }
  }
}
