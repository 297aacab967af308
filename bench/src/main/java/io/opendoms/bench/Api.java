package io.opendoms.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway, as any client sees it: JSON over HTTP/1.1 with bearer tokens. */
final class Api {

  static final JsonMapper JSON = JsonMapper.builder().build();

  record Response(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final URI base;
  private final HttpClient http;

  Api(String baseUrl) {
    this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .build();
  }

  String baseUrl() {
    return base.toString();
  }

  HttpRequest.Builder request(String path, String token, Duration timeout) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
        .header("Accept", "application/json");
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  Response get(String path, String token) throws IOException, InterruptedException {
    return send(request(path, token, Duration.ofSeconds(60)).GET().build());
  }

  Response put(String path, Object body, String token) throws IOException, InterruptedException {
    return send(request(path, token, Duration.ofSeconds(60)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
  }

  Response post(String path, Object body, String token) throws IOException, InterruptedException {
    return send(postRequest(path, body, token).build());
  }

  Response post(String path, Object body, String token, String idempotencyKey)
      throws IOException, InterruptedException {
    return send(postRequest(path, body, token).header("Idempotency-Key", idempotencyKey).build());
  }

  private HttpRequest.Builder postRequest(String path, Object body, String token) {
    return request(path, token, Duration.ofSeconds(120)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
  }

  Response send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body(), response);
  }

  /** POST /oauth2/token by the client credentials grant: the token and its lifetime. */
  TokenCache.Token token(String clientId, String secret) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
        .build();
    Response response = send(request);
    if (response.status() != 200) {
      throw new BenchException("POST /oauth2/token for " + clientId + " answered " + response.status() + ": "
          + response.body());
    }
    JsonNode json = response.json();
    return new TokenCache.Token(json.path("access_token").asString(), Duration.ofSeconds(json.path("expires_in").asLong(300)));
  }

  /** A call that must succeed: anything but 2xx is a {@link BenchException} naming the call. */
  static Response expect2xx(String what, Response response) {
    if (!response.ok()) {
      throw new BenchException(what + " answered " + response.status() + ": " + response.body());
    }
    return response;
  }
}
