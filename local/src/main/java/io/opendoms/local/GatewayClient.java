package io.opendoms.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few calls the launcher makes to the gateway: health, a token, and PUTs of demo data. */
final class GatewayClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  GatewayClient(String baseUrl) {
    this.base = URI.create(baseUrl);
  }

  /** Polls {@code /actuator/health} until it answers 200 with status UP. */
  void awaitHealthy(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response = http.send(
            HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && "UP".equals(JSON.readTree(response.body()).path("status").asString())) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (ConnectException e) {
        last = "connection refused";
      } catch (IOException | RuntimeException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LocalStackException("interrupted while waiting for the gateway");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LocalStackException("interrupted while waiting for the gateway");
      }
    }
    throw new LocalStackException("the gateway's " + base.resolve("/actuator/health") + " was not UP within "
        + timeout.toSeconds() + " s; last answer: " + last);
  }

  /** An access token by the client credentials grant. */
  String token(String clientId, String secret) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/oauth2/token"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
        .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new LocalStackException("POST /oauth2/token for " + clientId + " answered "
          + response.statusCode() + ": " + response.body());
    }
    JsonNode token = JSON.readTree(response.body());
    return token.path("access_token").asString();
  }

  /** A PUT of a JSON body; its future fails with the path, status and body on anything but 2xx. */
  CompletableFuture<Void> put(String path, Object body, String token) {
    HttpRequest request = json(path, token).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> expect2xx(request, response));
  }

  /**
   * A POST of a JSON body with its Idempotency-Key; fails with the path, status and body on anything but 2xx. A
   * 502/503/504 (the service slow or restarting on a busy machine) is sent again with the same key, a few times:
   * the key makes the service apply it once and answer the repeats.
   */
  void post(String path, Object body, String token, String idempotencyKey) {
    HttpRequest request = json(path, token).header("Idempotency-Key", idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    HttpResponse<String> response = send(request);
    for (int retry = 1; retry <= POST_RETRIES && response.statusCode() >= 502 && response.statusCode() <= 504;
        retry++) {
      try {
        Thread.sleep(Duration.ofSeconds(2L * retry));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      response = send(request);
    }
    expect2xx(request, response);
  }

  private static final int POST_RETRIES = 4;

  JsonNode get(String path, String token) {
    HttpRequest request = json(path, token).GET().build();
    HttpResponse<String> response = send(request);
    expect2xx(request, response);
    return JSON.readTree(response.body());
  }

  private HttpRequest.Builder json(String path, String token) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(120));
  }

  private static void expect2xx(HttpRequest request, HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new LocalStackException(request.method() + " " + request.uri().getPath() + " answered "
          + response.statusCode() + ": " + response.body());
    }
  }

  /** Runs the calls with at most {@code parallel} in flight; fails with the first error after all ran. */
  static void runAll(List<Supplier<CompletableFuture<Void>>> calls, int parallel) {
    Semaphore permits = new Semaphore(parallel);
    List<CompletableFuture<Void>> running = new ArrayList<>();
    try {
      for (var call : calls) {
        permits.acquire();
        running.add(call.get().whenComplete((ok, error) -> permits.release()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalStackException("interrupted while loading demo data");
    }
    for (CompletableFuture<Void> future : running) {
      try {
        future.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof LocalStackException l ? l : new LocalStackException(e.getCause().toString(), e.getCause());
      }
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new LocalStackException(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalStackException("interrupted");
    }
  }
}
