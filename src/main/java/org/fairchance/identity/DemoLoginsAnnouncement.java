package org.fairchance.identity;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo run where to go and how to log in. */
@Component
@ConditionalOnProperty(name = "fairchance.demo.enabled", havingValue = "true")
class DemoLoginsAnnouncement {

  private static final Logger log = LoggerFactory.getLogger(DemoLoginsAnnouncement.class);

  @EventListener
  void announce(ApplicationReadyEvent event) {
    int port =
        event.getApplicationContext() instanceof WebServerApplicationContext web
            ? web.getWebServer().getPort()
            : 8080;
    String logins =
        DemoUsers.ALL.stream()
            .map(u -> u.id() + " / " + u.password() + " (" + u.groupId() + ")")
            .collect(Collectors.joining(", "));
    log.info(
        "Demo run ready at http://localhost:{}/camunda/app/ - demo logins (user / password): {}",
        port,
        logins);
  }
}
