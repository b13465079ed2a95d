package org.fairchance.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for tests (GreenMail) on a port of its own that stays the same when the server
 * is stopped and started again, as a mail server that goes down and comes back.
 */
public final class SmtpServer {

  private final int port;
  private GreenMail greenMail;

  public SmtpServer() {
    this.port = freePort();
  }

  public int port() {
    return port;
  }

  public SmtpServer start() {
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return this;
  }

  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  public boolean running() {
    return greenMail != null;
  }

  public List<MimeMessage> received() {
    return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
  }

  public void purge() {
    if (greenMail != null) {
      try {
        greenMail.purgeEmailFromAllMailboxes();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
