package org.fairchance.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A caller of {@code /engine-rest}, anonymous or with HTTP Basic credentials, as a client sends
 * them.
 */
public final class EngineRest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String authorization;

  private EngineRest(int port, String authorization) {
    this.baseUrl = "http://localhost:" + port;
    this.authorization = authorization;
  }

  public static EngineRest anonymous(int port) {
    return new EngineRest(port, null);
  }

  public static EngineRest as(int port, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new EngineRest(port, "Basic " + token);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST without a body, as for {@code /job/{id}/execute}. */
  public HttpResponse<String> post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public HttpResponse<String> put(String path) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  /** Sends files as Camunda Modeler does: multipart/form-data to {@code /deployment/create}. */
  public HttpResponse<String> deploy(String deploymentName, Multipart.Part... files) {
    Multipart multipart = new Multipart(UUID.randomUUID().toString());
    multipart.field("deployment-name", deploymentName);
    multipart.field("deployment-source", "Camunda Modeler");
    multipart.field("deploy-changed-only", "true");
    for (Multipart.Part file : files) {
      multipart.file(file);
    }
    return send(
        request("/engine-rest/deployment/create")
            .header("Content-Type", multipart.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
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
