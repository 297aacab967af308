package io.opendoms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.systemtests.Fixtures.Line;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A delivered order's return, end to end through the gateway and signed partner webhooks: the label's first carrier
 * scan refunds it at once, the receipt restocks the resellable unit, and the order shows what was refunded.
 */
@SystemStack.Test
class ReturnsFlowIT {

  private static final String SKU = "SKU-10052";
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private final Gateway api;

  ReturnsFlowIT(Gateway api) {
    this.api = api;
  }

  @Test
  void aMailReturnIsRefundedOnTheFirstScanAndRestockedOnReceipt() {
    String storefront = api.token("storefront");
    String ops = api.token("ops");
    Gateway.Response created = api.post("/api/v1/orders", storefront,
        Fixtures.shipOrder("10001", "New York", "NY", new Line(SKU, 2, "30.00")),
        "Idempotency-Key", Fixtures.idempotencyKey());
    String orderId = created.json().path("id").asString();
    JsonNode fulfillment = await("allocated").atMost(SETTLE).until(() ->
        Gateway.items(api.get("/api/v1/fulfillments?orderId=" + orderId, ops).json()), list -> list.size() == 1)
        .getFirst();
    String location = fulfillment.path("locationId").asString();
    String tracking = "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    assertThat(api.webhook("/api/v1/webhooks/wms", Gateway.WMS_SECRET, Map.of("eventId", UUID.randomUUID().toString(),
        "type", "SHIPPED", "fulfillmentId", fulfillment.path("fulfillmentId").asString(),
        "occurredAt", Instant.now().toString(), "carrier", "PARCEL_A", "trackingNumber", tracking)).status())
        .isBetween(200, 299);
    assertThat(api.webhook("/api/v1/webhooks/carriers/PARCEL_A", Gateway.CARRIER_SECRET, Map.of(
        "eventId", UUID.randomUUID().toString(), "trackingNumber", tracking, "status", "DELIVERED",
        "occurredAt", Instant.now().toString())).status()).isBetween(200, 299);
    await("delivered").atMost(SETTLE).untilAsserted(() -> assertThat(
        api.get("/api/v1/orders/" + orderId, storefront).json().path("status").asString()).isEqualTo("DELIVERED"));
    int onHandBefore = api.get("/api/v1/stock/" + location + "/" + SKU, ops).json().path("onHand").asInt();

    Gateway.Response authorized = await("returns has heard of the delivery").atMost(SETTLE).until(() ->
        api.post("/api/v1/returns", storefront, Map.of("orderId", orderId, "method", "MAIL", "lines",
            List.of(Map.of("lineId", lineId(orderId, storefront), "quantity", 1, "reason", "CHANGED_MIND")))),
        r -> r.status() == 201);
    String returnId = authorized.json().path("id").asString();
    BigDecimal refund = authorized.json().path("refundAmount").decimalValue();
    JsonNode label = authorized.json().path("label");

    // the carrier picks the parcel up: its first scan refunds the return at once
    await("fulfillment knows the label").atMost(SETTLE).until(() -> api.webhook(
        "/api/v1/webhooks/carriers/" + label.path("carrier").asString(), Gateway.CARRIER_SECRET, Map.of(
            "eventId", UUID.randomUUID().toString(), "trackingNumber", label.path("trackingNumber").asString(),
            "status", "IN_TRANSIT", "occurredAt", Instant.now().toString())).status(), status -> status == 200);
    await("refunded on the first scan").atMost(SETTLE).untilAsserted(() -> {
      JsonNode order = api.get("/api/v1/orders/" + orderId, storefront).json();
      assertThat(order.path("refundedAmount").decimalValue()).isEqualByComparingTo(refund);
      assertThat(order.path("lines").get(0).path("returnedQuantity").asInt()).isEqualTo(1);
    });
    assertThat(api.get("/api/v1/returns/" + returnId, storefront).json().path("status").asString())
        .isEqualTo("IN_TRANSIT");

    Gateway.Response received = api.webhook("/api/v1/webhooks/wms/returns", Gateway.WMS_SECRET, Map.of(
        "eventId", UUID.randomUUID().toString(), "returnId", returnId, "locationId", location,
        "occurredAt", Instant.now().toString(),
        "lines", List.of(Map.of("lineId", lineId(orderId, storefront), "quantity", 1, "condition", "RESELLABLE"))));

    assertThat(received.status()).as("%s", received).isEqualTo(200);
    assertThat(api.get("/api/v1/returns/" + returnId, storefront).json().path("status").asString())
        .isEqualTo("REFUNDED");
    await("restocked").atMost(SETTLE).untilAsserted(() -> assertThat(
        api.get("/api/v1/stock/" + location + "/" + SKU, ops).json().path("onHand").asInt())
        .isEqualTo(onHandBefore + 1));
    await("refunded once").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(api.get("/api/v1/orders/" + orderId, storefront).json().path("refundedAmount").decimalValue())
            .isEqualByComparingTo(refund));
  }

  private String lineId(String orderId, String token) {
    return api.get("/api/v1/orders/" + orderId, token).json().path("lines").get(0).path("lineId").asString();
  }
}
