package io.opendoms.systemtests;

import static io.opendoms.systemtests.Fixtures.RESILIENCE_SKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.local.RunningStack;
import io.opendoms.systemtests.Fixtures.Line;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Services stop and come back (their contexts closed gracefully, in the shared one-JVM stack); the
 * outbox, Kafka and the inbox lose and duplicate nothing. Real kills ({@code kill -9}) during load
 * are {@link ChaosIT}'s.
 */
@SystemStack.Test
class ResilienceIT {

  private final Gateway api;
  private final RunningStack stack;

  ResilienceIT(Gateway api, RunningStack stack) {
    this.api = api;
    this.stack = stack;
  }

  @Test
  void stoppingTheOrderServiceBetweenCaptureAndAllocationLosesNothing() {
    String storefront = api.token("storefront");
    String orderId;
    stack.stopService("fulfillment-service");
    try {
      Gateway.Response created = api.post("/api/v1/orders", storefront,
          Fixtures.shipOrder("30303", "Atlanta", "GA", new Line(RESILIENCE_SKU, 2, "12.00")),
          "Idempotency-Key", Fixtures.idempotencyKey());
      assertThat(created.status()).as("%s", created).isEqualTo(201);
      orderId = created.json().path("id").asString();
      assertThat(created.json().path("status").asString()).isEqualTo("RECEIVED");
      stack.stopService("order-service");
    } finally {
      // fulfillment releases the order and publishes while the order service is down
      stack.startService("fulfillment-service");
    }
    try {
      Gateway.Response unavailable = api.get("/api/v1/orders/" + orderId, storefront);
      assertThat(unavailable.status()).as("the order service is down: %s", unavailable).isGreaterThanOrEqualTo(500);
    } finally {
      stack.startService("order-service");
    }

    await("order allocated after the restart").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> {
          Gateway.Response order = api.get("/api/v1/orders/" + orderId, storefront);
          assertThat(order.status()).as("%s", order).isEqualTo(200);
          assertThat(order.json().path("status").asString()).as("%s", order).isEqualTo("ALLOCATED");
        });
    List<JsonNode> fulfillments = Gateway.items(
        api.get("/api/v1/fulfillments?orderId=" + orderId, api.token("ops")).json());
    int fulfilled = 0;
    for (JsonNode fulfillment : fulfillments) {
      for (JsonNode line : fulfillment.path("lines")) {
        fulfilled += line.path("quantity").asInt();
      }
    }
    assertThat(fulfilled).as("no fulfillment lost or duplicated: %s", fulfillments).isEqualTo(2);
  }
}
