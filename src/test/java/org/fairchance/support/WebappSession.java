package org.fairchance.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's conversation with the Camunda web apps: it fetches the CSRF token the apps hand out
 * and logs in to one app as Cockpit, Tasklist or Admin do.
 */
public final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String baseUrl;

  public WebappSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Logs in to {@code app} (admin, cockpit, tasklist, welcome); returns the HTTP status. */
  public int login(String app, String user, String password) {
    send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/" + app + "/default/")).GET());
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(form)))
        .statusCode();
  }

  /** A JSON POST as the web apps send it, with the CSRF token of the session. */
  public HttpResponse<String> postJson(String path, String json) {
    send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/admin/default/")).GET());
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("X-XSRF-TOKEN", csrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The web apps sent no XSRF-TOKEN cookie"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
