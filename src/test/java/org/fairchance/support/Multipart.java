package org.fairchance.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body, enough for deployments and form posts in tests. */
public final class Multipart {

  public record Part(String fileName, byte[] content) {}

  private final String boundary;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  Multipart(String boundary) {
    this.boundary = boundary;
  }

  void field(String name, String value) {
    write("--" + boundary + "\r\n");
    write("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    write(value + "\r\n");
  }

  void file(Part part) {
    write("--" + boundary + "\r\n");
    write(
        "Content-Disposition: form-data; name=\""
            + part.fileName()
            + "\"; filename=\""
            + part.fileName()
            + "\"\r\n");
    write("Content-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(part.content());
    write("\r\n");
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] body() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(body.toByteArray());
    copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return copy.toByteArray();
  }

  private void write(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
