package io.opendoms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.systemtests.Fixtures.Line;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * After allocation, end to end through the gateway: units a location hands back (rejected, or not found when
 * picking) are sourced elsewhere, and a
 * cancelled order's units are cancelled at their location and their reservation released.
 */
@SystemStack.Test
class ReSourcingIT {

  private static final String SKU = "SKU-10050";
  private static final String CANCEL_SKU = "SKU-10051";
  private static final String SHORT_SKU = "SKU-10053";
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private final Gateway api;

  ReSourcingIT(Gateway api) {
    this.api = api;
  }

  @Test
  void aRejectedFulfillmentIsSourcedFromAnotherLocationAndItsReservationReleased() {
    String storefront = api.token("storefront");
    String ops = api.token("ops");
    String orderId = anAllocatedOrder(storefront, ops, Fixtures.shipOrder("10001", "New York", "NY",
        new Line(SKU, 2, "12.00")));
    JsonNode first = fulfillments(orderId, ops).getFirst();
    String rejecting = first.path("locationId").asString();
    int reservedBefore = reserved(rejecting, ops);

    Gateway.Response rejected = api.post("/api/v1/fulfillments/" + first.path("fulfillmentId").asString()
        + "/reject", ops, Map.of("reason", "water damage in aisle 4"));

    assertThat(rejected.status()).as("%s", rejected).isEqualTo(200);
    List<JsonNode> after = await("sourced elsewhere").atMost(SETTLE).until(() -> fulfillments(orderId, ops),
        list -> list.size() == 2);
    JsonNode second = after.stream().filter(f -> !f.path("fulfillmentId").equals(first.path("fulfillmentId")))
        .findFirst().orElseThrow();
    assertThat(second.path("locationId").asString()).as("never the rejecting location again").isNotEqualTo(rejecting);
    assertThat(second.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
    await("the order is allocated again").atMost(SETTLE).untilAsserted(() ->
        assertThat(api.get("/api/v1/orders/" + orderId, storefront).json().path("status").asString())
            .isEqualTo("ALLOCATED"));
    await("the rejected units' reservation is released").atMost(SETTLE).untilAsserted(() ->
        assertThat(reserved(rejecting, ops)).isEqualTo(reservedBefore - 2));
    JsonNode decisions = api.get("/api/v1/routing/decisions?orderId=" + orderId, ops).json().path("items");
    assertThat(decisions).extracting(d -> d.path("trigger").asString()).contains("ORDER_RECEIVED", "REJECTED");
    assertThat(api.get("/api/v1/orders/" + orderId + "/timeline", storefront).json().path("events"))
        .extracting(e -> e.path("detail").asString())
        .anyMatch(d -> d.contains("turned the shipment down (water damage in aisle 4)"));
  }

  @Test
  void unitsAWarehouseCouldNotPickAreSourcedFromAnotherLocation() {
    String storefront = api.token("storefront");
    String ops = api.token("ops");
    String orderId = anAllocatedOrder(storefront, ops, Fixtures.shipOrder("10001", "New York", "NY",
        new Line(SHORT_SKU, 3, "9.00")));
    JsonNode first = fulfillments(orderId, ops).getFirst();
    String shortLocation = first.path("locationId").asString();
    String lineId = first.path("lines").get(0).path("lineId").asString();

    Map<String, Object> shortPicked = new LinkedHashMap<>();
    shortPicked.put("eventId", UUID.randomUUID().toString());
    shortPicked.put("type", "SHORT_PICKED");
    shortPicked.put("fulfillmentId", first.path("fulfillmentId").asString());
    shortPicked.put("occurredAt", Instant.now().toString());
    shortPicked.put("lines", List.of(Map.of("lineId", lineId, "quantity", 1)));
    Gateway.Response accepted = api.webhook("/api/v1/webhooks/wms", Gateway.WMS_SECRET, shortPicked);

    assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    List<JsonNode> after = await("the two units sourced elsewhere").atMost(SETTLE)
        .until(() -> fulfillments(orderId, ops), list -> list.size() == 2);
    JsonNode kept = after.stream().filter(f -> f.path("fulfillmentId").equals(first.path("fulfillmentId")))
        .findFirst().orElseThrow();
    JsonNode second = after.stream().filter(f -> !f.path("fulfillmentId").equals(first.path("fulfillmentId")))
        .findFirst().orElseThrow();
    assertThat(kept.path("status").asString()).isEqualTo("PICKING");
    assertThat(kept.path("lines").get(0).path("quantity").asInt()).as("what it picked").isEqualTo(1);
    assertThat(second.path("locationId").asString()).as("never the short location for them").isNotEqualTo(shortLocation);
    assertThat(second.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
    await("the order is allocated in full again").atMost(SETTLE).untilAsserted(() ->
        assertThat(api.get("/api/v1/orders/" + orderId, storefront).json().path("status").asString())
            .isEqualTo("ALLOCATED"));
    JsonNode decisions = api.get("/api/v1/routing/decisions?orderId=" + orderId, ops).json().path("items");
    assertThat(decisions).extracting(d -> d.path("trigger").asString()).contains("ORDER_RECEIVED", "SHORT_PICKED");
  }

  @Test
  void aCancelledOrdersFulfillmentIsCancelledAndItsReservationReleased() {
    String storefront = api.token("storefront");
    String ops = api.token("ops");
    String orderId = anAllocatedOrder(storefront, ops, Fixtures.shipOrder("60601", "Chicago", "IL",
        new Line(CANCEL_SKU, 3, "8.00")));
    JsonNode fulfillment = fulfillments(orderId, ops).getFirst();
    String location = fulfillment.path("locationId").asString();
    int reservedBefore = reserved(location, CANCEL_SKU, ops);

    Gateway.Response cancelled = api.post("/api/v1/orders/" + orderId + "/cancel", storefront,
        Map.of("reason", "ordered the wrong size"));

    assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
    assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
    await("cancelled at the location").atMost(SETTLE).untilAsserted(() ->
        assertThat(fulfillments(orderId, ops).getFirst().path("status").asString()).isEqualTo("CANCELLED"));
    await("its reservation released").atMost(SETTLE).untilAsserted(() ->
        assertThat(reserved(location, CANCEL_SKU, ops)).isEqualTo(reservedBefore - 3));
    JsonNode order = api.get("/api/v1/orders/" + orderId, storefront).json();
    assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
    assertThat(order.path("lines").get(0).path("cancelledQuantity").asInt()).isEqualTo(3);
    assertThat(order.path("lines").get(0).path("allocatedQuantity").asInt()).isZero();
  }

  /** Places {@code order} and waits until it sits on one RELEASED fulfillment order; answers the order's id. */
  private String anAllocatedOrder(String storefront, String ops, Object order) {
    Gateway.Response created = api.post("/api/v1/orders", storefront, order,
        "Idempotency-Key", Fixtures.idempotencyKey());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String orderId = created.json().path("id").asString();
    await("allocated").atMost(SETTLE).until(() -> fulfillments(orderId, ops),
        list -> list.size() == 1 && list.getFirst().path("status").asString().equals("RELEASED"));
    return orderId;
  }

  private List<JsonNode> fulfillments(String orderId, String token) {
    Gateway.Response response = api.get("/api/v1/fulfillments?orderId=" + orderId, token);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return new ArrayList<>(Gateway.items(response.json()));
  }

  private int reserved(String locationId, String token) {
    return reserved(locationId, SKU, token);
  }

  private int reserved(String locationId, String sku, String token) {
    return api.get("/api/v1/stock/" + locationId + "/" + sku, token).json().path("reserved").asInt();
  }
}
