package io.opendoms.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the public API, as partners see it: the gateway's URL, tokens and signed webhooks. */
final class Gateway {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String WMS_SECRET = "wms-demo-secret";
  static final String CARRIER_SECRET = "carrier-demo-secret";
  private static final Map<String, String> SECRETS = Map.of(
      "storefront", "storefront-secret", "marketplace", "marketplace-secret", "ops", "ops-secret");

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  Gateway(String baseUrl) {
    this.base = URI.create(baseUrl);
  }

  record Response(int status, HttpResponse<String> raw) {

    String body() {
      return raw.body();
    }

    JsonNode json() {
      return JSON.readTree(raw.body());
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }

    @Override
    public String toString() {
      return raw.request().method() + " " + raw.uri() + " -> " + status + " " + raw.body();
    }
  }

  /** A token of a demo client by the client credentials grant; cached for the run. */
  String token(String clientId) {
    return tokens.computeIfAbsent(clientId, id -> {
      Response response = tokenResponse(id, SECRETS.get(id));
      if (response.status() != 200) {
        throw new AssertionError("no token for " + id + ": " + response);
      }
      return response.json().path("access_token").asString();
    });
  }

  Response tokenResponse(String clientId, String secret) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(request("/oauth2/token")
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
  }

  Response get(String path, String token) {
    return send(authorized(request(path), token).GET());
  }

  Response post(String path, String token, Object body, String... headers) {
    return postRaw(path, token, JSON.writeValueAsString(body), headers);
  }

  /** A POST of any text as JSON, malformed included; a null token sends no Authorization. */
  Response postRaw(String path, String token, String body, String... headers) {
    HttpRequest.Builder request = authorized(request(path), token).header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Response put(String path, String token, Object body) {
    return send(authorized(request(path), token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /** A webhook signed now with {@code secret}: {@code OMS-Signature: t=<unix>,v1=<hex HMAC>}. */
  Response webhook(String path, String secret, Object body) {
    return webhookSignedAt(path, secret, Instant.now(), JSON.writeValueAsString(body));
  }

  Response webhookSignedAt(String path, String secret, Instant at, String body) {
    long t = at.getEpochSecond();
    return send(request(path)
        .header("Content-Type", "application/json")
        .header("OMS-Signature", "t=" + t + ",v1=" + hmac(secret, t + "." + body))
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static String hmac(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The elements of a list answer, whether a bare array or a page {@code {"items": [...]}}. */
  static List<JsonNode> items(JsonNode answer) {
    JsonNode array = answer.isArray() ? answer : answer.path("items");
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response);
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
