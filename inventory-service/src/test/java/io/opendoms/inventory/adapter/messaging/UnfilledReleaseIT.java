package io.opendoms.inventory.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Units a location rejects or does not pick are released from the order's reservation there, once. */
class UnfilledReleaseIT extends InventoryIntegrationTest {

    private String dc;
    private String sku;
    private String marker;
    private UUID orderId;
    private UUID fulfillmentId;

    @BeforeEach
    void reserved() {
        ReservedOrder order = reservedOrder("DC");
        dc = order.locationId();
        sku = order.sku();
        marker = order.marker();
        orderId = order.orderId();
        fulfillmentId = UUID.randomUUID();
    }

    @Test
    void aRejectionReleasesTheReservationOnceAndTheLedgerSaysWhy() {
        EventEnvelope rejected = unfilled(FulfillmentUnfilled.REJECTED, new FulfillmentLine("L1", sku, 4));

        publish(Topics.FULFILLMENT, rejected);
        publish(Topics.FULFILLMENT, rejected);
        publishMarkerAndAwaitIt();

        assertThat(stockRow(dc, sku)).as("on hand, reserved, safety stock").containsExactly(10, 0, 0);
        assertThat(jdbc.queryForObject("select status from reservation where order_id = ? and line_id = 'L1'",
                String.class, orderId)).isEqualTo("RELEASED");
        Map<String, Object> movement = jdbc.queryForMap("""
                select kind, reason, order_id, reference, on_hand_delta, reserved_delta from stock_movement
                where location_id = ? and sku = ? and kind = 'RELEASE'""", dc, sku);
        assertThat(movement).containsEntry("reason", "REJECTED").containsEntry("order_id", orderId)
                .containsEntry("reference", fulfillmentId.toString())
                .containsEntry("on_hand_delta", 0).containsEntry("reserved_delta", -4);
    }

    @Test
    void aShortPickReleasesOnlyTheUnitsNotPicked() {
        publish(Topics.FULFILLMENT, unfilled(FulfillmentUnfilled.SHORT_PICKED, new FulfillmentLine("L1", sku, 1)));
        publishMarkerAndAwaitIt();

        assertThat(stockRow(dc, sku)).containsExactly(10, 3, 0);
        assertThat(jdbc.queryForMap("select status, quantity from reservation where order_id = ? and line_id = 'L1'",
                orderId)).containsEntry("status", "ACTIVE").containsEntry("quantity", 3);
    }

    @Test
    void neverReleasesMoreThanTheLineHasReservedThere() {
        publish(Topics.FULFILLMENT, unfilled(FulfillmentUnfilled.REJECTED, new FulfillmentLine("L1", sku, 9)));
        publishMarkerAndAwaitIt();

        assertThat(stockRow(dc, sku)).containsExactly(10, 0, 0);
    }

    @Test
    void aShortageWasReleasedWhenFoundAndIsNotReleasedAgain() {
        publish(Topics.FULFILLMENT, unfilled(FulfillmentUnfilled.SHORTAGE, new FulfillmentLine("L1", sku, 2)));
        publishMarkerAndAwaitIt();

        assertThat(stockRow(dc, sku)).containsExactly(10, 4, 0);
    }

    private void publishMarkerAndAwaitIt() {
        // same order, so the same partition: once the marker is handled, every event before it has been too
        publish(Topics.FULFILLMENT, EventEnvelope.wrap(new FulfillmentShipped(UUID.randomUUID(), orderId, dc,
                List.of(new FulfillmentLine("L9", marker, 1)), "PARCEL_A", "GROUND", "1Z999", Instant.now()), null,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> stockRow(dc, marker)[0] == 9);
    }

    private EventEnvelope unfilled(String reason, FulfillmentLine... lines) {
        return EventEnvelope.wrap(new FulfillmentUnfilled(fulfillmentId, orderId, dc, reason, List.of(lines), null,
                Instant.now()), null, Instant.now());
    }
}
