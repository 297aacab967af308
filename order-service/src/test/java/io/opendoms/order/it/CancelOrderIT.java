package io.opendoms.order.it;

import static io.opendoms.order.it.OrderRequests.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentCancelRefused;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.order.OrderCancelled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Cancel through the API: the order is lines "1" (2 units) and "2" (3 units). */
class CancelOrderIT extends OrderServiceIT {

    @Test
    void aWholeCancelSettlesTheOrderCancelledAndTellsRoutingWhatWasCancelled() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        UUID fulfillmentId = UUID.randomUUID();
        publish(released(orderId, fulfillmentId, line("1", 2), line("2", 3)));
        awaitStatus(orderId, "ALLOCATED");

        Http.Response response = cancel(orderId, STOREFRONT, """
                {"reason": "customer changed their mind"}""", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(response.json().get("lines")).extracting(l -> l.get("cancelledQuantity").asInt())
                .containsExactly(2, 3);
        OrderCancelled event = awaitCancelled(orderId);
        assertThat(event.wholeOrder()).isTrue();
        assertThat(event.reason()).isEqualTo("customer changed their mind");
        assertThat(event.lines()).containsExactly(new OrderCancelled.Line("1", "SKU-1", 2),
                new OrderCancelled.Line("2", "SKU-2", 3));

        // the location cancels them: they come off the fulfillment, the order stays cancelled
        publish(new FulfillmentCancelled(fulfillmentId, orderId, "DC-EAST", event.cancellationId(), "CANCELLED",
                List.of(line("1", 2), line("2", 3)), Instant.now()));
        awaitTimeline(orderId, "FULFILLMENT_CANCELLED", 1);
        JsonNode order = order(orderId);
        assertThat(order.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(order.get("lines")).extracting(l -> l.get("allocatedQuantity").asInt()).containsExactly(0, 0);

        assertThat(cancel(orderId, STOREFRONT, """
                {"reason": "again"}""", Map.of()).status()).as("nothing left: the order as it is").isEqualTo(200);
        assertThat(timeline(orderId)).filteredOn(e -> e.get("type").asString().equals("CANCELLED")).hasSize(1);
    }

    @Test
    void shippedUnitsAre409NamingWhatCanStillBeCancelledAndNothingChanges() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        UUID fulfillmentId = UUID.randomUUID();
        publish(released(orderId, fulfillmentId, line("1", 2)));
        publish(new FulfillmentShipped(fulfillmentId, orderId, "DC-EAST", List.of(line("1", 1)), "PARCEL_A",
                "GROUND", "1Z1", Instant.now()));
        awaitStatus(orderId, "PARTIALLY_SHIPPED");

        Http.Response response = cancel(orderId, STOREFRONT, """
                {"reason": "too late", "lines": [{"lineId": "1", "quantity": 2}]}""", Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).contains("line 1 asks 2, 1 can still be cancelled");
        assertThat(order(orderId).get("lines").get(0).get("cancelledQuantity").asInt()).isZero();
    }

    @Test
    void aLineCancelWithAnIdempotencyKeyCancelsOnce() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        String body = """
                {"reason": "one less", "lines": [{"lineId": "2", "quantity": 1}]}""";

        assertThat(cancel(orderId, STOREFRONT, body, Map.of("Idempotency-Key", "cancel-1")).status()).isEqualTo(200);
        Http.Response repeated = cancel(orderId, STOREFRONT, body, Map.of("Idempotency-Key", "cancel-1"));
        Http.Response other = cancel(orderId, STOREFRONT, """
                {"reason": "one less", "lines": [{"lineId": "2", "quantity": 2}]}""",
                Map.of("Idempotency-Key", "cancel-1"));

        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("lines").get(1).get("cancelledQuantity").asInt()).isEqualTo(1);
        assertThat(other.status()).isEqualTo(409);
        assertThat(order(orderId).get("lines").get(1).get("cancelledQuantity").asInt()).isEqualTo(1);
    }

    @Test
    void anotherChannelsOrderIs404AndBadRequestsNameTheField() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());

        assertThat(cancel(orderId, MARKETPLACE, """
                {"reason": "not mine"}""", Map.of()).status()).isEqualTo(404);
        Http.Response invalid = cancel(orderId, STOREFRONT, """
                {"lines": [{"lineId": "1", "quantity": 0}]}""", Map.of());
        assertThat(invalid.status()).isIn(400, 422);
        assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("reason", "lines[0].quantity");
        Http.Response unknown = cancel(orderId, STOREFRONT, """
                {"reason": "x", "lines": [{"lineId": "9", "quantity": 1}]}""", Map.of());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(order(orderId).get("lines")).extracting(l -> l.get("cancelledQuantity").asInt())
                .containsExactly(0, 0);
        assertThat(cancel(orderId, OPS, """
                {"reason": "ops may"}""", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void unitsTheLocationRefusedToCancelAreNotCancelledAfterAll() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        publish(released(orderId, UUID.randomUUID(), line("1", 2), line("2", 3)));
        awaitStatus(orderId, "ALLOCATED");
        cancel(orderId, STOREFRONT, """
                {"reason": "changed mind"}""", Map.of());
        OrderCancelled event = awaitCancelled(orderId);

        publish(new FulfillmentCancelRefused(orderId, event.cancellationId(), List.of(line("2", 3)),
                "being picked at DC-EAST"));

        awaitTimeline(orderId, "CANCEL_REFUSED", 1);
        JsonNode order = order(orderId);
        assertThat(order.get("lines")).extracting(l -> l.get("status").asString() + "/"
                + l.get("cancelledQuantity").asInt()).containsExactly("CANCELLED/2", "ALLOCATED/0");
        assertThat(order.get("status").asString()).isEqualTo("ALLOCATED");
    }

    private Http.Response cancel(UUID orderId, String token, String body, Map<String, String> headers) {
        return http().post("/api/v1/orders/" + orderId + "/cancel", token, body, headers);
    }

    private static OrderCancelled awaitCancelled(UUID orderId) {
        AtomicReference<OrderCancelled> found = new AtomicReference<>();
        await().until(() -> {
            KafkaRecords.awaitRecords(Topics.ORDERS, orderId.toString()).stream()
                    .map(r -> EventJson.decode(r.value()))
                    .filter(e -> e.type().equals("order.cancelled"))
                    .map(e -> e.payloadAs(OrderCancelled.class))
                    .findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    private static FulfillmentLine line(String lineId, int quantity) {
        return new FulfillmentLine(lineId, "SKU-" + lineId, quantity);
    }

    private static FulfillmentReleased released(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentReleased(fulfillmentId, orderId, "DC-EAST", "SHIP", List.of(lines), "PARCEL_A",
                "GROUND", LocalDate.parse("2026-11-27"));
    }
}
