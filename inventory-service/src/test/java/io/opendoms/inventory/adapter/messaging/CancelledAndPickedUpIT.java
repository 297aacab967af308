package io.opendoms.inventory.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentPickedUp;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Units the order cancelled (or a pickup nobody collected) are released from the order's reservation there, once;
 * a collected pickup leaves stock like a shipment.
 */
class CancelledAndPickedUpIT extends InventoryIntegrationTest {

    private String store;
    private String sku;
    private String marker;
    private UUID orderId;
    private UUID fulfillmentId;

    @BeforeEach
    void reserved() {
        ReservedOrder order = reservedOrder("STORE");
        store = order.locationId();
        sku = order.sku();
        marker = order.marker();
        orderId = order.orderId();
        fulfillmentId = UUID.randomUUID();
    }

    @Test
    void cancelledUnitsAreReleasedOnceAndTheLedgerSaysWhy() {
        EventEnvelope cancelled = cancelled(UUID.randomUUID(), "RELEASED", new FulfillmentLine("L1", sku, 3));

        publish(Topics.FULFILLMENT, cancelled);
        publish(Topics.FULFILLMENT, cancelled);
        publishMarkerAndAwaitIt();

        assertThat(stockRow(store, sku)).as("on hand, reserved, safety stock").containsExactly(10, 1, 0);
        assertThat(jdbc.queryForMap("select status, quantity from reservation where order_id = ? and line_id = 'L1'",
                orderId)).containsEntry("status", "ACTIVE").containsEntry("quantity", 1);
        List<Map<String, Object>> movements = jdbc.queryForList("""
                select reason, order_id, reference, on_hand_delta, reserved_delta from stock_movement
                where location_id = ? and sku = ? and kind = 'RELEASE'""", store, sku);
        assertThat(movements).singleElement().satisfies(movement -> assertThat(movement)
                .containsEntry("reason", "CANCELLED").containsEntry("order_id", orderId)
                .containsEntry("reference", fulfillmentId.toString())
                .containsEntry("on_hand_delta", 0).containsEntry("reserved_delta", -3));
    }

    @Test
    void anUncollectedPickupReleasesItsWholeReservation() {
        publish(Topics.FULFILLMENT, cancelled(null, "CANCELLED", new FulfillmentLine("L1", sku, 4)));
        publishMarkerAndAwaitIt();

        assertThat(stockRow(store, sku)).containsExactly(10, 0, 0);
        assertThat(jdbc.queryForObject("select status from reservation where order_id = ? and line_id = 'L1'",
                String.class, orderId)).isEqualTo("RELEASED");
    }

    @Test
    void aCollectedPickupLeavesStockLikeAShipment() {
        EventEnvelope pickedUp = EventEnvelope.wrap(new FulfillmentPickedUp(fulfillmentId, orderId, store,
                List.of(new FulfillmentLine("L1", sku, 4)), Instant.now()), null, Instant.now());

        publish(Topics.FULFILLMENT, pickedUp);
        publish(Topics.FULFILLMENT, pickedUp);
        publishMarkerAndAwaitIt();

        assertThat(stockRow(store, sku)).containsExactly(6, 0, 0);
        assertThat(jdbc.queryForList("""
                select reference from stock_movement where location_id = ? and sku = ? and kind = 'SHIPMENT'""",
                String.class, store, sku)).containsExactly(fulfillmentId.toString());
    }

    private void publishMarkerAndAwaitIt() {
        // same order, so the same partition: once the marker is handled, every event before it has been too
        publish(Topics.FULFILLMENT, EventEnvelope.wrap(new FulfillmentShipped(UUID.randomUUID(), orderId, store,
                List.of(new FulfillmentLine("L9", marker, 1)), "PARCEL_A", "GROUND", "1Z999", Instant.now()), null,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> stockRow(store, marker)[0] == 9);
    }

    private EventEnvelope cancelled(UUID cancellationId, String status, FulfillmentLine... lines) {
        return EventEnvelope.wrap(new FulfillmentCancelled(fulfillmentId, orderId, store, cancellationId, status,
                List.of(lines), Instant.now()), null, Instant.now());
    }
}
