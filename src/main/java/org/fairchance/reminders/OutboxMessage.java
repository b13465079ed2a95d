package org.fairchance.reminders;

import java.time.Instant;
import java.util.Map;

/**
 * A row of the mail outbox as the sender and the "Sent mail" page see it. {@code claimToken} is set
 * only on messages a sender has just claimed.
 */
public record OutboxMessage(
    String id,
    String kind,
    String recipient,
    String businessKey,
    String processInstanceId,
    Map<String, Object> model,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    String subject,
    Instant createdAt,
    Instant sentAt,
    String claimToken) {

  public enum Status {
    /** Waiting to be sent (also: no mail server configured, or a retry is due later). */
    PENDING,
    /** Claimed by a sender right now. */
    SENDING,
    SENT,
    /** Gave up after repeated failures; staff can send it again. */
    FAILED
  }
}
