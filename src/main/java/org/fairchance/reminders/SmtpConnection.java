package org.fairchance.reminders;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One connection to the mail server for a batch, through which messages go one at a time, so that
 * the sender can check its claim on each message just before sending it without reconnecting for
 * every message. Opened on the first message; a connection that fails is reported as broken so the
 * rest of the batch waits for the next attempt instead of trying a server that is down.
 */
final class SmtpConnection implements AutoCloseable {

  private final JavaMailSender sender;
  private Transport transport;
  private boolean broken;

  SmtpConnection(JavaMailSender sender) {
    this.sender = sender;
  }

  /** Sends one message; a refused recipient fails this message only. */
  void send(MimeMessage message) throws MessagingException {
    if (!(sender instanceof JavaMailSenderImpl configured)) {
      try {
        sender.send(message);
      } catch (MailSendException failed) {
        throw new MessagingException(failed.getMessage(), failed);
      }
      return;
    }
    if (transport == null) {
      try {
        transport = connect(configured);
      } catch (MessagingException | MailException unreachable) {
        broken = true;
        throw unreachable instanceof MessagingException m
            ? m
            : new MessagingException(unreachable.getMessage(), unreachable);
      }
    }
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    String messageId = message.getMessageID();
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId);
    }
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (SendFailedException refused) {
      throw refused;
    } catch (MessagingException lost) {
      broken = true;
      throw lost;
    }
  }

  /** True once the server could not be reached or the connection dropped. */
  boolean broken() {
    return broken;
  }

  private static Transport connect(JavaMailSenderImpl configured) throws MessagingException {
    String protocol = configured.getProtocol();
    if (protocol == null) {
      protocol = configured.getSession().getProperty("mail.transport.protocol");
    }
    Transport transport =
        configured.getSession().getTransport(protocol == null ? "smtp" : protocol);
    String username = configured.getUsername();
    String password = configured.getPassword();
    if (username != null && username.isEmpty()) {
      username = null;
      password = password != null && password.isEmpty() ? null : password;
    }
    transport.connect(configured.getHost(), configured.getPort(), username, password);
    return transport;
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException alreadyGone) {
        // nothing to release
      }
    }
  }
}
