package io.opendoms.systemtests;

import static io.opendoms.systemtests.Fixtures.HAPPY_SKU_1;
import static io.opendoms.systemtests.Fixtures.HAPPY_SKU_2;
import static io.opendoms.systemtests.Fixtures.IDEMPOTENCY_SKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.systemtests.Fixtures.Line;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An order from capture to delivery, through the gateway and signed partner webhooks only. */
@SystemStack.Test
class HappyPathIT {

  private static final Duration SETTLE = Duration.ofSeconds(60);

  private final Gateway api;

  HappyPathIT(Gateway api) {
    this.api = api;
  }

  @Test
  void theDemoNetworkAndCatalogueAreLoaded() {
    Gateway.Response locations = api.get("/api/v1/locations", api.token("ops"));

    assertThat(locations.status()).as("%s", locations).isEqualTo(200);
    assertThat(Gateway.items(locations.json())).hasSizeGreaterThanOrEqualTo(23);
    assertThat(api.get("/api/v1/items/" + HAPPY_SKU_1, api.token("ops")).status()).isEqualTo(200);
    assertThat(api.token("storefront")).isNotBlank();
  }

  @Test
  void anOrderIsAllocatedShippedAndDeliveredAndStockFollows() {
    String storefront = api.token("storefront");
    String ops = api.token("ops");

    Gateway.Response created = api.post("/api/v1/orders", storefront,
        Fixtures.shipOrder("10001", "New York", "NY", new Line(HAPPY_SKU_1, 2, "19.99"), new Line(HAPPY_SKU_2, 1, "24.50")),
        "Idempotency-Key", Fixtures.idempotencyKey());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String orderId = created.json().path("id").asString();
    assertThat(created.header("Location")).endsWith("/api/v1/orders/" + orderId);

    JsonNode allocated = awaitStatus(orderId, storefront, "ALLOCATED");
    assertThat(allocated.path("fulfillments")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.path("status").asString()).isEqualTo("RELEASED"));

    Gateway.Response listed = api.get("/api/v1/fulfillments?orderId=" + orderId, ops);
    assertThat(listed.status()).as("%s", listed).isEqualTo(200);
    List<JsonNode> fulfillments = Gateway.items(listed.json());
    assertThat(fulfillments).hasSize(allocated.path("fulfillments").size());
    assertThat(fulfillments.stream().flatMap(f -> stream(f.path("lines"))).mapToInt(l -> l.path("quantity").asInt()).sum())
        .as("every ordered unit is in exactly one fulfillment").isEqualTo(3);

    Map<String, Stock> before = stockOf(fulfillments, ops);
    List<Map<String, Object>> shipped = new ArrayList<>();
    for (JsonNode fulfillment : fulfillments) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("eventId", UUID.randomUUID().toString());
      event.put("type", "SHIPPED");
      event.put("fulfillmentId", fulfillment.path("fulfillmentId").asString());
      event.put("occurredAt", Instant.now().toString());
      event.put("carrier", "PARCEL_A");
      event.put("trackingNumber", "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT));
      Gateway.Response accepted = api.webhook("/api/v1/webhooks/wms", Gateway.WMS_SECRET, event);
      assertThat(accepted.status()).as("%s", accepted).isBetween(200, 299);
      shipped.add(event);
    }

    awaitStatus(orderId, storefront, "SHIPPED");
    Map<String, Integer> shippedQuantity = shippedQuantities(fulfillments);
    await("stock consumed on shipment").atMost(SETTLE).untilAsserted(() -> {
      Map<String, Stock> after = stockOf(fulfillments, ops);
      shippedQuantity.forEach((key, quantity) -> {
        assertThat(after.get(key).onHand()).as("on hand of %s", key).isEqualTo(before.get(key).onHand() - quantity);
        assertThat(after.get(key).reserved()).as("reserved of %s", key).isEqualTo(before.get(key).reserved() - quantity);
      });
    });
    Map<String, Stock> afterShipping = stockOf(fulfillments, ops);
    long shipmentsInTimeline = shipmentEvents(orderId, storefront);
    assertThat(shipmentsInTimeline).isEqualTo(fulfillments.size());

    for (Map<String, Object> replay : shipped) {
      Gateway.Response again = api.webhook("/api/v1/webhooks/wms", Gateway.WMS_SECRET, replay);
      assertThat(again.status()).as("a replayed webhook is acknowledged: %s", again).isBetween(200, 299);
    }
    await("a replay changes nothing").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(stockOf(fulfillments, ops)).isEqualTo(afterShipping);
      assertThat(shipmentEvents(orderId, storefront)).isEqualTo(shipmentsInTimeline);
    });

    for (Map<String, Object> shipment : shipped) {
      Map<String, Object> delivered = Map.of(
          "eventId", UUID.randomUUID().toString(),
          "trackingNumber", shipment.get("trackingNumber"),
          "status", "DELIVERED",
          "occurredAt", Instant.now().toString());
      Gateway.Response accepted = api.webhook("/api/v1/webhooks/carriers/PARCEL_A", Gateway.CARRIER_SECRET, delivered);
      assertThat(accepted.status()).as("%s", accepted).isBetween(200, 299);
    }
    JsonNode done = awaitStatus(orderId, storefront, "DELIVERED");
    assertThat(done.path("lines")).allSatisfy(line -> {
      assertThat(line.path("shippedQuantity").asInt()).isEqualTo(line.path("quantity").asInt());
      assertThat(line.path("deliveredQuantity").asInt()).isEqualTo(line.path("quantity").asInt());
    });

    Gateway.Response timeline = api.get("/api/v1/orders/" + orderId + "/timeline", storefront);
    assertThat(timeline.status()).as("%s", timeline).isEqualTo(200);
    List<JsonNode> events = stream(timeline.json().path("events")).toList();
    assertThat(events.stream().map(e -> e.path("at").asString()).map(Instant::parse).toList())
        .as("timeline in time order").isSorted();
    assertThat(firstIndexMentioning(events, "RECEIVED"))
        .isLessThan(firstIndexMentioning(events, "ALLOCATED"));
    assertThat(firstIndexMentioning(events, "ALLOCATED"))
        .isLessThan(firstIndexMentioning(events, "SHIPPED"));
    assertThat(firstIndexMentioning(events, "SHIPPED"))
        .isLessThan(firstIndexMentioning(events, "DELIVERED"));
  }

  @Test
  void theSameIdempotencyKeyAndBodyGiveTheSameOrder() {
    String storefront = api.token("storefront");
    String key = Fixtures.idempotencyKey();
    Map<String, Object> order = Fixtures.shipOrder("60601", "Chicago", "IL", new Line(IDEMPOTENCY_SKU, 1, "9.99"));

    Gateway.Response first = api.post("/api/v1/orders", storefront, order, "Idempotency-Key", key);
    Gateway.Response second = api.post("/api/v1/orders", storefront, order, "Idempotency-Key", key);

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(second.status()).as("%s", second).isBetween(200, 201);
    assertThat(second.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
  }

  @Test
  void theSameIdempotencyKeyWithAnotherBodyIsAConflict() {
    String storefront = api.token("storefront");
    String key = Fixtures.idempotencyKey();
    Gateway.Response first = api.post("/api/v1/orders", storefront,
        Fixtures.shipOrder("60601", "Chicago", "IL", new Line(IDEMPOTENCY_SKU, 1, "9.99")), "Idempotency-Key", key);

    Gateway.Response reused = api.post("/api/v1/orders", storefront,
        Fixtures.shipOrder("60601", "Chicago", "IL", new Line(IDEMPOTENCY_SKU, 5, "9.99")), "Idempotency-Key", key);

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(reused.status()).as("%s", reused).isEqualTo(409);
    assertThat(reused.contentType()).startsWith("application/problem+json");
    assertThat(reused.json().path("status").asInt()).isEqualTo(409);
  }

  /** Timeline events of a fulfillment shipping (other services' events may still arrive meanwhile). */
  private long shipmentEvents(String orderId, String token) {
    return stream(api.get("/api/v1/orders/" + orderId + "/timeline", token).json().path("events"))
        .filter(event -> event.path("type").asString().toUpperCase(Locale.ROOT).contains("SHIPPED")).count();
  }

  private JsonNode awaitStatus(String orderId, String token, String status) {
    JsonNode[] last = new JsonNode[1];
    await("order " + orderId + " " + status).atMost(SETTLE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
      Gateway.Response order = api.get("/api/v1/orders/" + orderId, token);
      assertThat(order.status()).as("%s", order).isEqualTo(200);
      last[0] = order.json();
      assertThat(last[0].path("status").asString()).as("%s", order).isEqualTo(status);
    });
    return last[0];
  }

  record Stock(int onHand, int reserved) {}

  private Map<String, Stock> stockOf(List<JsonNode> fulfillments, String ops) {
    Map<String, Stock> stock = new LinkedHashMap<>();
    for (String key : shippedQuantities(fulfillments).keySet()) {
      Gateway.Response level = api.get("/api/v1/stock/" + key, ops);
      assertThat(level.status()).as("%s", level).isEqualTo(200);
      stock.put(key, new Stock(level.json().path("onHand").asInt(), level.json().path("reserved").asInt()));
    }
    return stock;
  }

  /** Quantity per {@code locationId/sku}. */
  private static Map<String, Integer> shippedQuantities(List<JsonNode> fulfillments) {
    Map<String, Integer> quantities = new LinkedHashMap<>();
    for (JsonNode fulfillment : fulfillments) {
      for (JsonNode line : fulfillment.path("lines")) {
        quantities.merge(fulfillment.path("locationId").asString() + "/" + line.path("sku").asString(),
            line.path("quantity").asInt(), Integer::sum);
      }
    }
    return quantities;
  }

  private static int firstIndexMentioning(List<JsonNode> events, String word) {
    for (int i = 0; i < events.size(); i++) {
      String text = (events.get(i).path("type").asString() + " " + events.get(i).path("detail").asString())
          .toUpperCase(Locale.ROOT);
      if (text.contains(word)) {
        return i;
      }
    }
    throw new AssertionError("no timeline event mentions " + word + ": " + events);
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes.stream();
  }
}
