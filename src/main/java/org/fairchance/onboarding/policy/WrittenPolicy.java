package org.fairchance.onboarding.policy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The employer's written policy as the attestation form sends it: a link, a description, or both. A
 * form cannot require one of two fields, nor keep a client from sending any text, and Tasklist's
 * forms would report a bad link as a bare regular expression, so both are checked here, with
 * messages an employer understands.
 *
 * @param link the link, trimmed, with {@code https://} added when the employer left it out; null
 *     when none was given
 * @param description the description, trimmed; null when none was given
 * @param problem what the employer must fix before the policy can be reviewed, in words the
 *     employer reads; null when nothing
 */
record WrittenPolicy(String link, String description, String problem) {

  static final int MAX_LINK_LENGTH = 500;
  static final int MAX_DESCRIPTION_LENGTH = 4000;

  static final String NEITHER_GIVEN =
      "Please add a link to your written policy or describe it in a few sentences: we need one of"
          + " the two to review your policy. Your other answers are saved.";
  static final String LINK_NOT_A_WEB_ADDRESS =
      "The link to your written policy does not look like a web address. Copy it from your"
          + " browser's address bar (it starts with https://), or describe your policy instead.";
  static final String DESCRIPTION_TOO_LONG =
      "Your description is longer than 4,000 characters. Please shorten it, or put the policy"
          + " online and add the link.";

  /** Reads the two answers as the form sent them (text, blank or absent). */
  static WrittenPolicy check(Object link, Object description) {
    String typedLink = text(link);
    String typedDescription = text(description);
    String webAddress = typedLink == null ? null : webAddress(typedLink);
    if (typedLink != null && webAddress == null) {
      return new WrittenPolicy(typedLink, typedDescription, LINK_NOT_A_WEB_ADDRESS);
    }
    if (typedDescription != null && typedDescription.length() > MAX_DESCRIPTION_LENGTH) {
      return new WrittenPolicy(webAddress, typedDescription, DESCRIPTION_TOO_LONG);
    }
    if (webAddress == null && typedDescription == null) {
      return new WrittenPolicy(null, null, NEITHER_GIVEN);
    }
    return new WrittenPolicy(webAddress, typedDescription, null);
  }

  boolean readyForReview() {
    return problem == null;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * The link as an http(s) address a reviewer can open, or null when it is none: an employer may
   * leave out {@code https://}, never give another scheme (a {@code javascript:} link would run in
   * the reviewer's browser).
   */
  private static String webAddress(String link) {
    String address = link.contains("://") ? link : "https://" + link;
    if (address.length() > MAX_LINK_LENGTH) {
      return null;
    }
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("https") || scheme.equals("http");
      boolean host = uri.getHost() != null && uri.getHost().contains(".");
      return web && host ? address : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
