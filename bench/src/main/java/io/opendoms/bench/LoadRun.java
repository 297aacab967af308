package io.opendoms.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One open-model run: a scheduler thread releases order {@code i} at its due time from the
 * {@link ArrivalSchedule} onto its own virtual thread, never waiting for earlier answers. Each
 * result keeps the due time, the time the request really left and the time its answer was in.
 */
final class LoadRun {

  /** What happened to one order; times are {@link System#nanoTime()} values. */
  record Result(long dueNanos, long sentNanos, long doneNanos, int status, String orderId, String error) {
    boolean accepted() {
      return status == 201 && orderId != null;
    }

    long latencyNanos() {
      return doneNanos - dueNanos;
    }
  }

  /** All results of a run, indexed by arrival number, plus when and how it ran. */
  record Outcome(ArrivalSchedule schedule, long startNanos, Instant startedAt, Result[] results, int maxInFlight) {}

  private final Api api;
  private final Map<String, TokenCache> tokens;
  private final Duration requestTimeout;
  private final int inFlightLimit;

  LoadRun(Api api, Map<String, TokenCache> tokens, Duration requestTimeout, int inFlightLimit) {
    this.api = api;
    this.tokens = tokens;
    this.requestTimeout = requestTimeout;
    this.inFlightLimit = inFlightLimit;
  }

  Outcome run(ArrivalSchedule schedule, OrderGenerator generator) {
    int count = schedule.count();
    Result[] results = new Result[count];
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    tokens.values().forEach(TokenCache::get); // warm: no timed request fetches the first token
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    Instant startedAt = Instant.now().plusMillis(50);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < count; i++) {
        OrderGenerator.PlannedOrder order = generator.next(i);
        byte[] body = Api.JSON.writeValueAsBytes(order.body());
        long due = start + schedule.offsetNanos(i);
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        int now = inFlight.incrementAndGet();
        if (now > inFlightLimit) {
          // the client itself is overloaded: count it as an error, never delay the next arrivals
          inFlight.decrementAndGet();
          long t = System.nanoTime();
          results[i] = new Result(due, t, t, 0, null, "client in-flight limit " + inFlightLimit);
          continue;
        }
        maxInFlight.accumulateAndGet(now, Math::max);
        int index = i;
        executor.execute(() -> {
          try {
            results[index] = send(order, body, due);
          } finally {
            inFlight.decrementAndGet();
          }
        });
      }
    } // close() waits for every request: each ends by its timeout at the latest
    return new Outcome(schedule, start, startedAt, results, maxInFlight.get());
  }

  private Result send(OrderGenerator.PlannedOrder order, byte[] body, long due) {
    long sent = System.nanoTime();
    try {
      HttpRequest request = api.request("/api/v1/orders", tokens.get(order.client()).get(), requestTimeout)
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", order.idempotencyKey())
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
      Api.Response response = api.send(request);
      long done = System.nanoTime();
      String orderId = response.status() == 201 ? orderId(response) : null;
      String error = response.status() == 201 ? (orderId == null ? "201 without an order id" : null)
          : "HTTP " + response.status();
      return new Result(due, sent, done, response.status(), orderId, error);
    } catch (HttpTimeoutException e) {
      return failed(due, sent, "timeout");
    } catch (ConnectException e) {
      return failed(due, sent, "connect: " + e.getMessage());
    } catch (IOException e) {
      return failed(due, sent, "io: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(due, sent, "interrupted");
    } catch (RuntimeException e) {
      return failed(due, sent, e.getClass().getSimpleName());
    }
  }

  private static Result failed(long due, long sent, String error) {
    return new Result(due, sent, System.nanoTime(), 0, null, error);
  }

  /** The order id from the {@code Location} header, else from the body. */
  static String orderId(Api.Response response) {
    String location = response.raw() == null ? null : response.raw().headers().firstValue("Location").orElse(null);
    if (location != null && !location.isBlank()) {
      String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
      return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
    try {
      String id = response.json().path("id").asString(null);
      return id == null || id.isBlank() ? null : id;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
