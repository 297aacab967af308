package io.opendoms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.systemtests.Fixtures.Line;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Units a location hands back are sourced elsewhere, end to end through the gateway. */
@SystemStack.Test
class ReSourcingIT {

  private static final String SKU = "SKU-10050";
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private final Gateway api;

  ReSourcingIT(Gateway api) {
    this.api = api;
  }

  @Test
  void aRejectedFulfillmentIsSourcedFromAnotherLocationAndItsReservationReleased() {
    String storefront = api.token("storefront");
    String ops = api.token("ops");
    Gateway.Response created = api.post("/api/v1/orders", storefront,
        Fixtures.shipOrder("10001", "New York", "NY", new Line(SKU, 2, "12.00")),
        "Idempotency-Key", Fixtures.idempotencyKey());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String orderId = created.json().path("id").asString();
    JsonNode first = await("allocated").atMost(SETTLE).until(() -> fulfillments(orderId, ops),
        list -> list.size() == 1 && list.getFirst().path("status").asString().equals("RELEASED")).getFirst();
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

  private List<JsonNode> fulfillments(String orderId, String token) {
    Gateway.Response response = api.get("/api/v1/fulfillments?orderId=" + orderId, token);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return new ArrayList<>(Gateway.items(response.json()));
  }

  private int reserved(String locationId, String token) {
    return api.get("/api/v1/stock/" + locationId + "/" + SKU, token).json().path("reserved").asInt();
  }
}
