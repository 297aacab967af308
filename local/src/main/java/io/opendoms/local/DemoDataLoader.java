package io.opendoms.local;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Loads the demo data through the gateway's public API with an {@code ops} token, as any client
 * would: the services validate it, store it and publish their events.
 */
final class DemoDataLoader {

  private static final int PARALLEL_CALLS = 8;
  /** The adjustments endpoint takes at most 500 rows, each request all or nothing. */
  private static final int STOCK_CHUNK = 400;

  private final GatewayClient gateway;

  DemoDataLoader(GatewayClient gateway) {
    this.gateway = gateway;
  }

  /** @return how many stock levels were set */
  int load(DemoData data) {
    String token = gateway.token("ops", "ops-secret");
    GatewayClient.runAll(data.locations().stream().map(location -> call(
        "/api/v1/locations/" + location.locationId(), locationBody(location), token)).toList(), PARALLEL_CALLS);
    GatewayClient.runAll(data.items().stream().map(item -> call(
        "/api/v1/items/" + item.sku(), itemBody(item), token)).toList(), PARALLEL_CALLS);
    List<DemoData.StockLevel> levels = data.stockLevels().stream().filter(level -> level.onHand() > 0).toList();
    for (int from = 0; from < levels.size(); from += STOCK_CHUNK) {
      List<DemoData.StockLevel> chunk = levels.subList(from, Math.min(levels.size(), from + STOCK_CHUNK));
      if (!alreadyApplied(chunk, token)) {
        gateway.post("/api/v1/stock/adjustments", Map.of("adjustments", chunk.stream().map(level -> Map.of(
            "locationId", level.locationId(), "sku", level.sku(), "delta", level.onHand(), "reason", "demo-data"))
            .toList()), token, idempotencyKey(chunk));
      }
    }
    return levels.size();
  }

  /**
   * Stock goes in as relative adjustments, a few requests instead of one PUT per level (which took
   * most of a first start). A start cut short may have applied some chunks already: each chunk is
   * all or nothing, so its last level tells whether to apply it again.
   */
  /** The same chunk has the same key: a chunk the service applied before is answered, not applied again. */
  private static String idempotencyKey(List<DemoData.StockLevel> chunk) {
    return "demo-stock-" + UUID.nameUUIDFromBytes(chunk.toString().getBytes(StandardCharsets.UTF_8));
  }

  private boolean alreadyApplied(List<DemoData.StockLevel> chunk, String token) {
    DemoData.StockLevel last = chunk.getLast();
    return gateway.get("/api/v1/stock/" + last.locationId() + "/" + last.sku(), token).path("onHand").asInt()
        == last.onHand();
  }

  private Supplier<CompletableFuture<Void>> call(String path, Object body, String token) {
    return () -> gateway.put(path, body, token);
  }

  static Map<String, Object> locationBody(DemoData.Location location) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", location.name());
    body.put("type", location.type());
    body.put("postalCode", location.postalCode());
    body.put("country", location.country());
    body.put("timeZone", location.timeZone());
    body.put("capabilities", location.capabilities());
    body.put("cutoffTime", location.cutoffTime());
    body.put("dailyCapacity", location.dailyCapacity());
    body.put("active", true);
    return body;
  }

  static Map<String, Object> itemBody(DemoData.Item item) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", item.name());
    body.put("weightKg", item.weightKg());
    body.put("returnable", item.returnable());
    body.put("returnWindowDays", item.returnWindowDays());
    body.put("dcOnly", item.dcOnly());
    return body;
  }
}
