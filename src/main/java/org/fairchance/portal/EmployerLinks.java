package org.fairchance.portal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fairchance.system.ChamberProperties;
import org.springframework.stereotype.Component;

/**
 * Employers' personal links: a signed token that names one journey (its business key) and when the
 * link stops working. Nothing else is in it, and nothing about it is stored: the signature is the
 * proof. A changed key invalidates every link.
 */
@Component
public class EmployerLinks {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final PortalProperties properties;
  private final ChamberProperties chamber;
  private final Clock clock;

  public EmployerLinks(PortalProperties properties, ChamberProperties chamber, Clock clock) {
    if (properties.linkSecret() == null || properties.linkSecret().length() < 32) {
      throw new IllegalStateException(
          "fairchance.portal.link-secret (FAIRCHANCE_LINK_SECRET) must be at least 32 characters");
    }
    this.properties = properties;
    this.chamber = chamber;
    this.clock = clock;
  }

  /** The address of the employer's personal page for a journey. */
  public String link(String businessKey) {
    return chamber.publicUrl() + "/portal/" + token(businessKey);
  }

  /** A fresh token for a journey. */
  public String token(String businessKey) {
    if (businessKey == null || businessKey.isBlank() || businessKey.contains(".")) {
      throw new IllegalArgumentException("Not a journey's business key: " + businessKey);
    }
    long expires = Instant.now(clock).plus(properties.linkValidity()).getEpochSecond();
    String payload =
        ENCODER.encodeToString((businessKey + "|" + expires).getBytes(StandardCharsets.UTF_8));
    return payload + "." + ENCODER.encodeToString(sign(payload));
  }

  /** What a token says, once its signature is checked. */
  public Verified verify(String token) {
    if (token == null) {
      return Verified.invalid();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1 || token.indexOf('.', dot + 1) >= 0) {
      return Verified.invalid();
    }
    String payload = token.substring(0, dot);
    byte[] signature;
    String[] parts;
    try {
      signature = DECODER.decode(token.substring(dot + 1));
      parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|");
    } catch (IllegalArgumentException notBase64) {
      return Verified.invalid();
    }
    if (!MessageDigest.isEqual(signature, sign(payload)) || parts.length != 2) {
      return Verified.invalid();
    }
    long expires;
    try {
      expires = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return Verified.invalid();
    }
    boolean expired = Instant.now(clock).getEpochSecond() > expires;
    return new Verified(true, expired, parts[0]);
  }

  private byte[] sign(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(
          new SecretKeySpec(properties.linkSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("Cannot sign employer links", e);
    }
  }

  /**
   * The outcome of checking a token.
   *
   * @param authentic signed with our key and well formed
   * @param expired authentic but too old; the business key is still known, so a fresh link can be
   *     sent to the address on file
   * @param businessKey the journey, when authentic
   */
  public record Verified(boolean authentic, boolean expired, String businessKey) {
    static Verified invalid() {
      return new Verified(false, false, null);
    }

    public boolean usable() {
      return authentic && !expired;
    }
  }
}
