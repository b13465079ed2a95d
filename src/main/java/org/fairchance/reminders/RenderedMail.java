package org.fairchance.reminders;

/** A message ready for SMTP: subject, plain text and HTML. */
public record RenderedMail(String subject, String text, String html) {}
