package io.opendoms.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Loads the demo data through the gateway's public API with an {@code ops} token, as any client
 * would: the services validate it, store it and publish their events.
 */
final class DemoDataLoader {

  private static final int PARALLEL_CALLS = 8;

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
    List<DemoData.StockLevel> levels = data.stockLevels();
    GatewayClient.runAll(levels.stream().map(level -> call(
        "/api/v1/stock/" + level.locationId() + "/" + level.sku(), Map.of("onHand", level.onHand()), token))
        .toList(), PARALLEL_CALLS);
    return levels.size();
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
