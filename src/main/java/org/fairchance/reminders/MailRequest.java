package org.fairchance.reminders;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One message to record: its kind (which template), the address, the journey it belongs to, the
 * values its template shows, a key that is the same when the same message is recorded twice, and
 * the earliest moment to send it (null: at once).
 */
public record MailRequest(
    String kind,
    String recipient,
    String businessKey,
    String processInstanceId,
    Map<String, Object> model,
    String dedupKey,
    Instant notBefore) {

  public MailRequest {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("A mail needs a kind");
    }
    if (recipient == null || recipient.isBlank()) {
      throw new IllegalArgumentException("A mail of kind " + kind + " has no recipient address");
    }
    if (dedupKey == null || dedupKey.isBlank()) {
      throw new IllegalArgumentException("A mail of kind " + kind + " needs a deduplication key");
    }
    // Values that are absent (null) are left out; templates treat them as missing.
    model =
        model.entrySet().stream()
            .filter(entry -> entry.getValue() != null)
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
