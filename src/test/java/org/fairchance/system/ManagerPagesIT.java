package org.fairchance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fairchance.support.EngineRest;
import org.fairchance.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Who reaches the managers' pages, and what the pages tell browsers about framing and scripts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ManagerPagesIT {

  @LocalServerPort int port;

  @Test
  void aBrowserWithoutASignInIsSentToTheSignInPage() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/manage/mail"))
                    .header("Accept", "text/html")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void staffAreRefusedAndManagersLetIn() {
    assertThat(EngineRest.anonymous(port).get("/manage/mail").statusCode()).isEqualTo(401);
    assertThat(EngineRest.as(port, "staff", "staff").get("/manage/mail").statusCode())
        .isEqualTo(403);
    assertThat(EngineRest.as(port, "reviewer", "reviewer").get("/manage").statusCode())
        .isEqualTo(403);
    var manager = EngineRest.as(port, "manager", "manager").get("/manage/mail");
    assertThat(manager.statusCode()).isEqualTo(200);
    assertThat(manager.body()).contains("Sent mail", "No mail server is configured");
  }

  @Test
  void pagesForbidFramingAndForeignScripts() {
    var page = EngineRest.as(port, "manager", "manager").get("/manage");

    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
  }

  @Test
  void aManagerSignedInToCockpitNeedsNoSecondSignIn() {
    var session = new WebappSession(port);
    assertThat(session.login("cockpit", "manager", "manager")).isEqualTo(200);

    assertThat(session.get("/manage").statusCode()).isEqualTo(200);
  }

  @Test
  void staffSignedInToTasklistStillCannotOpenManagerPages() {
    var session = new WebappSession(port);
    assertThat(session.login("tasklist", "staff", "staff")).isEqualTo(200);

    assertThat(session.get("/manage").statusCode()).isEqualTo(403);
  }
}
