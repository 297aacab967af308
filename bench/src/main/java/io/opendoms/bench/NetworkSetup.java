package io.opendoms.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import tools.jackson.databind.JsonNode;

/**
 * Puts the benchmark network into the stack through the public API with the ops client, skipping
 * what is already there (a second run on the same data only checks), then waits until routing,
 * which learns locations and stock from inventory's events, plans orders on it. Not timed.
 */
final class NetworkSetup {

  private static final int PARALLEL_CALLS = 16;
  /** The adjustments endpoint takes at most 500 rows per request, each request all or nothing. */
  private static final int STOCK_CHUNK = 400;

  private final Api api;
  private final TokenCache ops;

  NetworkSetup(Api api, TokenCache ops) {
    this.api = api;
    this.ops = ops;
  }

  void apply(Network network, Duration routingTimeout) {
    Instant began = Instant.now();
    applyInventory(network);
    Instant waiting = Instant.now();
    awaitRouting(network, routingTimeout);
    Bench.log("routing plans on the network after %.1f s more (setup %.1f s in all)"
        .formatted(seconds(waiting), seconds(began)));
  }

  /** Locations, items and stock into inventory, without waiting for anyone else to learn them. */
  void applyInventory(Network network) {
    Instant began = Instant.now();
    int locations = putLocations(network);
    int items = putItems(network);
    int chunks = putStock(network);
    Bench.log("network %d DCs, %d stores, %d SKUs, %d stock levels: wrote %d locations, %d items, %d stock chunks in %.1f s"
        .formatted(network.dcCount(), network.locations().size() - network.dcCount(), network.items().size(),
            network.stock().size(), locations, items, chunks, seconds(began)));
  }

  private int putLocations(Network network) {
    Map<String, JsonNode> existing = new HashMap<>();
    JsonNode listed = call("GET /api/v1/locations", () -> api.get("/api/v1/locations", ops.get())).json();
    JsonNode array = listed.isArray() ? listed : listed.path("items").isArray() ? listed.path("items") : listed.path("locations");
    for (JsonNode location : array) {
      existing.put(location.path("locationId").asString(), location);
    }
    List<Network.Location> missing = network.locations().stream().filter(location -> {
      JsonNode there = existing.get(location.locationId());
      return there == null || !location.zip().zip().equals(there.path("postalCode").asString())
          || !location.type().equals(there.path("type").asString());
    }).toList();
    parallel(missing.stream().<Call>map(location -> () -> Api.expect2xx("PUT location " + location.locationId(),
        api.put("/api/v1/locations/" + location.locationId(), locationBody(location), ops.get()))).toList());
    return missing.size();
  }

  static Map<String, Object> locationBody(Network.Location location) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Bench " + location.type().toLowerCase().replace('_', ' ') + " " + location.locationId());
    body.put("type", location.type());
    body.put("postalCode", location.zip().zip());
    body.put("country", "US");
    body.put("latitude", location.zip().latitude());
    body.put("longitude", location.zip().longitude());
    body.put("timeZone", location.zip().timeZone());
    body.put("capabilities", location.capabilities());
    body.put("cutoffTime", "15:00");
    body.put("dailyCapacity", 1_000_000);
    body.put("active", true);
    return body;
  }

  private int putItems(Network network) {
    List<Network.Item> missing = new ArrayList<>();
    List<Call> checks = network.items().stream().<Call>map(item -> () -> {
      Api.Response response = api.get("/api/v1/items/" + item.sku(), ops.get());
      if (response.status() == 404) {
        synchronized (missing) {
          missing.add(item);
        }
      } else {
        Api.expect2xx("GET item " + item.sku(), response);
      }
      return response;
    }).toList();
    parallel(checks);
    parallel(missing.stream().<Call>map(item -> () -> Api.expect2xx("PUT item " + item.sku(),
        api.put("/api/v1/items/" + item.sku(), Map.of("name", "Bench item " + item.sku(), "weightKg", item.weightKg(),
            "returnable", true, "returnWindowDays", 30, "dcOnly", false), ops.get()))).toList());
    return missing.size();
  }

  /**
   * Stock goes in as relative adjustments (hundreds of rows per request instead of one PUT per
   * level). Each chunk is all or nothing, and the bench never sets a level to zero, so a chunk
   * whose last level has stock on hand was applied by an earlier run and is skipped.
   */
  private int putStock(Network network) {
    List<List<Network.StockLevel>> chunks = new ArrayList<>();
    for (int from = 0; from < network.stock().size(); from += STOCK_CHUNK) {
      chunks.add(network.stock().subList(from, Math.min(network.stock().size(), from + STOCK_CHUNK)));
    }
    List<Integer> applied = new ArrayList<>();
    parallel(chunks.stream().<Call>map(chunk -> () -> {
      Network.StockLevel last = chunk.getLast();
      Api.Response level = Api.expect2xx("GET stock", api.get("/api/v1/stock/" + last.locationId() + "/" + last.sku(), ops.get()));
      if (level.json().path("onHand").asLong() > 0) {
        return level;
      }
      synchronized (applied) {
        applied.add(1);
      }
      // the same chunk has the same key: one applied before is answered, not applied again
      String key = "bench-stock-" + UUID.nameUUIDFromBytes(chunk.toString().getBytes(StandardCharsets.UTF_8));
      return Api.expect2xx("POST /api/v1/stock/adjustments", api.post("/api/v1/stock/adjustments",
          Map.of("adjustments", chunk.stream().map(s -> Map.of("locationId", s.locationId(), "sku", s.sku(),
              "delta", s.onHand(), "reason", "bench-setup")).toList()), ops.get(), key));
    }).toList(), 4);
    return applied.size();
  }

  /**
   * Routing learns the network from inventory's events. A what-if plan for one unit of a level's SKU,
   * shipped to that level's own location, explains every candidate location: the level's location is
   * chosen, or refused for any reason but NO_STOCK (a cheaper one nearby), exactly when routing has
   * seen the level. Waits until that holds for the last level of every stock chunk (the chunks went
   * in last, after locations and items).
   */
  private void awaitRouting(Network network, Duration timeout) {
    List<Network.StockLevel> probes = new ArrayList<>();
    for (int from = 0; from < network.stock().size(); from += STOCK_CHUNK) {
      probes.add(network.stock().get(Math.min(network.stock().size(), from + STOCK_CHUNK) - 1));
    }
    Map<String, Network.Location> locations = new HashMap<>();
    network.locations().forEach(location -> locations.put(location.locationId(), location));
    Instant deadline = Instant.now().plus(timeout);
    Instant nextReport = Instant.now().plusSeconds(30);
    int total = probes.size();
    List<String> last = new ArrayList<>(List.of("no answer"));
    while (true) {
      List<Network.StockLevel> unseen = new ArrayList<>();
      parallel(probes.stream().<Call>map(probe -> () -> {
        ZipTable.Zip zip = locations.get(probe.locationId()).zip();
        Map<String, Object> plan = Map.of(
            "shipTo", Map.of("postalCode", zip.zip(), "country", "US", "latitude", zip.latitude(),
                "longitude", zip.longitude()),
            "deliveryMethod", "SHIP", "serviceLevel", "STANDARD",
            "lines", List.of(Map.of("lineId", "1", "sku", probe.sku(), "quantity", 1)));
        Api.Response response = api.post("/api/v1/routing/plans", plan, ops.get());
        boolean seen = response.status() == 200 && seenAt(response.json(), probe.locationId());
        if (!seen) {
          synchronized (unseen) {
            unseen.add(probe);
            last.set(0, probe.locationId() + "/" + probe.sku() + ": " + response.status() + " "
                + abbreviate(response.body()));
          }
        }
        return response;
      }).toList(), 8);
      probes = unseen;
      if (probes.isEmpty()) {
        return;
      }
      if (Instant.now().isAfter(nextReport)) {
        Bench.log("routing has not yet seen %d of %d probed stock levels (it reads inventory's events)"
            .formatted(probes.size(), total));
        nextReport = Instant.now().plusSeconds(30);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new BenchException("routing had not seen " + probes.size() + " stock levels after "
            + timeout.toSeconds() + " s; last answer: " + last.getFirst());
      }
      sleep(500);
    }
  }

  /** Whether the plan's explanation shows stock at the location: chosen, or refused for something else. */
  static boolean seenAt(JsonNode plan, String locationId) {
    for (JsonNode candidate : plan.path("explanation").path("candidates")) {
      if (locationId.equals(candidate.path("locationId").asString(""))) {
        return "CHOSEN".equals(candidate.path("outcome").asString(""))
            || !"NO_STOCK".equals(candidate.path("reason").asString("NO_STOCK"));
      }
    }
    return false;
  }

  @FunctionalInterface
  interface Call {
    Api.Response run() throws Exception;
  }

  private static void parallel(List<Call> calls) {
    parallel(calls, PARALLEL_CALLS);
  }

  /** Runs the calls on virtual threads, at most {@code limit} at once; fails with the first error. */
  static void parallel(List<Call> calls, int limit) {
    Semaphore permits = new Semaphore(limit);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Api.Response>> futures = new ArrayList<>();
      for (Call call : calls) {
        futures.add(executor.submit(() -> {
          permits.acquire();
          try {
            return call.run();
          } finally {
            permits.release();
          }
        }));
      }
      for (Future<Api.Response> future : futures) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          executor.shutdownNow();
          throw e.getCause() instanceof BenchException b ? b : new BenchException(e.getCause().toString(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted during setup");
    }
  }

  private static Api.Response call(String what, Call call) {
    try {
      return Api.expect2xx(what, call.run());
    } catch (BenchException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted: " + what);
    } catch (Exception e) {
      throw new BenchException(what + " failed: " + e, e);
    }
  }

  static String abbreviate(String text) {
    return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted");
    }
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
