package io.opendoms.bench;

import io.opendoms.local.RunningStack;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * The contention benchmark of quality.md (hot SKU): one SKU at one location with a fixed number of units, and a
 * fixed number of clients that each place checkout holds of one unit, one after the other, directly on
 * inventory-service (the gateway's rate limits and proxying are not what is measured) until the stock is gone.
 * Closed model: each client sends its next hold when the previous one is answered.
 */
final class HotSkuRun {

  /** quality.md: at least this many reservations per second on one SKU, with zero oversell. */
  static final double TARGET_PER_SECOND = 1_000;
  /** A client stops after this many answers that are neither 201 nor 409 (the run then reports them). */
  private static final int MAX_ERRORS_PER_CLIENT = 20;

  /** What one race did. Times in nanoseconds; latencies of the placed holds only. */
  record Result(String sku, int units, int clients, int placed, int refused, int errors, long elapsedNanos,
      long[] latencies, int onHand, int reserved, Integer liveHeld) {

    int oversell() {
      return placed - units;
    }

    double perSecond() {
      return elapsedNanos == 0 ? 0 : placed / (elapsedNanos / 1e9);
    }

    boolean met() {
      return perSecond() >= TARGET_PER_SECOND && oversell() <= 0 && reserved <= onHand
          && (liveHeld == null || liveHeld == reserved);
    }

    String summary() {
      Percentiles p = Percentiles.of(latencies);
      return """
          hot SKU %s: %d units, %d clients
            holds placed   %d (refused 409: %d, other answers: %d)
            throughput     %.0f holds/s over %.2f s (target >= %.0f)
            latency        p50 %.1f ms, p99 %.1f ms, max %.1f ms (placed holds, as the client saw them)
            oversell       %d (placed - units; must be 0)
            stock at end   on hand %d, reserved %d (reserved <= on hand: %s)%s
            %s
          """.formatted(sku, units, clients, placed, refused, errors, perSecond(), elapsedNanos / 1e9,
          TARGET_PER_SECOND, p.at(50) / 1e6, p.at(99) / 1e6, p.max() / 1e6, oversell(), onHand, reserved,
          reserved <= onHand ? "yes" : "NO",
          liveHeld == null ? "" : "\n  live holds     %d units (= reserved: %s)".formatted(liveHeld,
              liveHeld == reserved ? "yes" : "NO"),
          met() ? "RESULT: target met" : "RESULT: target NOT met");
    }

    Map<String, Object> json() {
      Percentiles p = Percentiles.of(latencies);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("bench", "hot-sku");
      json.put("sku", sku);
      json.put("units", units);
      json.put("clients", clients);
      json.put("placed", placed);
      json.put("refused", refused);
      json.put("errors", errors);
      json.put("seconds", Math.round(elapsedNanos / 1e6) / 1e3);
      json.put("holdsPerSecond", Math.round(perSecond()));
      json.put("p50Ms", Math.round(p.at(50) / 1e5) / 10.0);
      json.put("p99Ms", Math.round(p.at(99) / 1e5) / 10.0);
      json.put("maxMs", Math.round(p.max() / 1e5) / 10.0);
      json.put("oversell", oversell());
      json.put("onHand", onHand);
      json.put("reserved", reserved);
      json.put("liveHeld", liveHeld);
      json.put("met", met());
      return json;
    }
  }

  private final Api gateway;
  private final Api inventory;
  private final TokenCache ops;
  private final TokenCache storefront;
  private final RunningStack stack;

  HotSkuRun(Api gateway, Api inventory, TokenCache ops, TokenCache storefront, RunningStack stack) {
    this.gateway = gateway;
    this.inventory = inventory;
    this.ops = ops;
    this.storefront = storefront;
    this.stack = stack;
  }

  Result race(String label, int units, int clients) {
    String location = ("HOT-" + label).toUpperCase();
    String sku = ("HOT-SKU-" + label).toUpperCase();
    setUp(location, sku, units);
    byte[] body = Api.JSON.writeValueAsBytes(Map.of(
        "lines", List.of(Map.of("sku", sku, "quantity", 1)), "locationId", location, "ttlSeconds", 3600));
    String token = storefront.get();
    AtomicInteger placed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong lastPlaced = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    long began;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> client(body, token, start, placed, refused, errors, lastPlaced)));
      }
      began = System.nanoTime();
      start.countDown();
      for (Future<long[]> future : futures) {
        try {
          latencies.add(future.get());
        } catch (Exception e) {
          throw new BenchException("a hot-SKU client failed: " + e, e);
        }
      }
    }
    long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    JsonNode level = Api.expect2xx("GET stock", call(() -> gateway.get("/api/v1/stock/" + location + "/" + sku,
        ops.get()))).json();
    return new Result(sku, units, clients, placed.get(), refused.get(), errors.get(),
        Math.max(0, lastPlaced.get() - began), all, level.path("onHand").asInt(), level.path("reserved").asInt(),
        liveHeld(location, sku));
  }

  /**
   * One client: holds of one unit until 409; the latency of each placed hold. Each client keeps one connection to
   * the service open ({@link KeepAliveConnection}), as a storefront's connection pool would.
   */
  private long[] client(byte[] body, String token, CountDownLatch start, AtomicInteger placed, AtomicInteger refused,
      AtomicInteger errors, AtomicLong lastPlaced) throws InterruptedException {
    long[] mine = new long[1024];
    int count = 0;
    int failures = 0;
    URI base = URI.create(inventory.baseUrl());
    byte[] request = KeepAliveConnection.request("POST", base, "/api/v1/reservations", body,
        "Authorization: Bearer " + token, "Content-Type: application/json", "Accept: application/json");
    try (KeepAliveConnection connection = new KeepAliveConnection(base, 30_000)) {
      start.await();
      while (true) {
        long sent = System.nanoTime();
        int status;
        try {
          status = connection.exchange(request).status();
        } catch (IOException | RuntimeException e) {
          status = 0;
        }
        long done = System.nanoTime();
        if (status == 201) {
          placed.incrementAndGet();
          lastPlaced.accumulateAndGet(done, Math::max);
          if (count == mine.length) {
            mine = java.util.Arrays.copyOf(mine, count * 2);
          }
          mine[count++] = done - sent;
        } else if (status == 409) {
          refused.incrementAndGet();
          return java.util.Arrays.copyOf(mine, count);
        } else {
          errors.incrementAndGet();
          if (++failures >= MAX_ERRORS_PER_CLIENT) {
            return java.util.Arrays.copyOf(mine, count);
          }
        }
      }
    }
  }

  private void setUp(String location, String sku, int units) {
    Map<String, Object> place = new LinkedHashMap<>();
    place.put("name", "Hot SKU bench");
    place.put("type", "DISTRIBUTION_CENTER");
    place.put("postalCode", "10001");
    place.put("country", "US");
    place.put("timeZone", "America/New_York");
    place.put("capabilities", List.of("SHIP"));
    place.put("cutoffTime", "15:00");
    place.put("active", true);
    Api.expect2xx("PUT location", call(() -> gateway.put("/api/v1/locations/" + location, place, ops.get())));
    Api.expect2xx("PUT item", call(() -> gateway.put("/api/v1/items/" + sku, Map.of("name", "Hot item",
        "weightKg", 0.5, "returnable", true, "returnWindowDays", 30, "dcOnly", false), ops.get())));
    Api.expect2xx("PUT stock", call(() -> gateway.put("/api/v1/stock/" + location + "/" + sku,
        Map.of("onHand", units), ops.get())));
  }

  /** The units of the SKU's ACTIVE holds, read from inventory's database (the stack in this JVM only). */
  private Integer liveHeld(String location, String sku) {
    if (stack == null) {
      return null;
    }
    try (Connection connection = DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + stack.postgresPort() + "/inventory", "inventory", "inventory");
         PreparedStatement statement = connection.prepareStatement("""
             SELECT coalesce(sum(l.quantity), 0) FROM checkout_hold_line l JOIN checkout_hold h ON h.id = l.hold_id
             WHERE h.status = 'ACTIVE' AND l.location_id = ? AND l.sku = ?""")) {
      statement.setString(1, location);
      statement.setString(2, sku);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      Bench.log("cannot read the live holds: " + e.getMessage());
      return null;
    }
  }

  interface Call {
    Api.Response run() throws Exception;
  }

  private static Api.Response call(Call call) {
    try {
      return call.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted");
    } catch (Exception e) {
      throw new BenchException("setup call failed: " + e, e);
    }
  }
}
