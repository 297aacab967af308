package io.opendoms.inventory.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TopicTail;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShipmentIT extends InventoryIntegrationTest {

    @Autowired
    private ReserveStockUseCase reserveStock;

    private TopicTail inventoryTopic;
    private String dc;
    private String sku;
    private String marker;
    private UUID orderId;

    @BeforeEach
    void reserved() {
        inventoryTopic = new TopicTail(bootstrapServers, Topics.INVENTORY);
        dc = unique("DC");
        sku = unique("SKU");
        marker = unique("SKU");
        orderId = UUID.randomUUID();
        createLocation(dc, "10001");
        createItem(sku);
        createItem(marker);
        setStock(dc, sku, 10);
        setStock(dc, marker, 10);
        reserveStock.reserve(new ReserveStockCommand(orderId, UUID.randomUUID(), List.of(
                new ReservationLine(dc, "L1", sku, 4), new ReservationLine(dc, "L9", marker, 1))));
    }

    @AfterEach
    void close() {
        inventoryTopic.close();
    }

    @Test
    void shippedUnitsLeaveOnHandAndReservedOnceEvenWhenDeliveredTwice() {
        EventEnvelope shipped = shipped(new FulfillmentLine("L1", sku, 4));

        publish(Topics.FULFILLMENT, shipped);
        publish(Topics.FULFILLMENT, shipped);
        publishMarkerAndAwaitIt();

        assertThat(stockRow(dc, sku)).containsExactly(6, 0, 0);
        Map<String, Object> reservation = jdbc.queryForMap(
                "select status, consumed_quantity from reservation where order_id = ? and line_id = 'L1'", orderId);
        assertThat(reservation).containsEntry("status", "CONSUMED").containsEntry("consumed_quantity", 4);
        StockChanged changed = inventoryTopic.awaitRecord(e -> e.type().equals("inventory.stock-changed")
                        && e.key().equals(sku) && e.payloadAs(StockChanged.class).reason().equals("SHIPPED"))
                .value().transform(v -> EventJson.decode(v).payloadAs(StockChanged.class));
        assertThat(changed).isEqualTo(new StockChanged(dc, sku, 6, 0, 0, 6, "SHIPPED"));
        assertThat(inventoryTopic.seen(e -> e.key().equals(sku) && e.type().equals("inventory.stock-changed")
                && e.payloadAs(StockChanged.class).reason().equals("SHIPPED"))).hasSize(1);
        FulfillmentShipped payload = shipped.payloadAs(FulfillmentShipped.class);
        Map<String, Object> movement = jdbc.queryForMap("""
                select order_id, reference, occurred_at, on_hand_delta, reserved_delta from stock_movement
                where location_id = ? and sku = ? and kind = 'SHIPMENT'""", dc, sku);
        assertThat(movement).containsEntry("order_id", orderId)
                .containsEntry("reference", payload.fulfillmentId().toString())
                .containsEntry("on_hand_delta", -4).containsEntry("reserved_delta", -4);
        assertThat(((Timestamp) movement.get("occurred_at")).toInstant())
                .isEqualTo(payload.shippedAt().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void aPartialShipmentConsumesPartOfTheReservation() {
        publish(Topics.FULFILLMENT, shipped(new FulfillmentLine("L1", sku, 1)));
        publishMarkerAndAwaitIt();

        assertThat(stockRow(dc, sku)).containsExactly(9, 3, 0);
        assertThat(jdbc.queryForMap(
                "select status, consumed_quantity from reservation where order_id = ? and line_id = 'L1'", orderId))
                .containsEntry("status", "ACTIVE").containsEntry("consumed_quantity", 1);
    }

    @Test
    void shippingMoreThanReservedTakesTheRestFromOnHandOnly() {
        publish(Topics.FULFILLMENT, shipped(new FulfillmentLine("L1", sku, 6)));
        publishMarkerAndAwaitIt();

        assertThat(stockRow(dc, sku)).containsExactly(4, 0, 0);
    }

    private void publishMarkerAndAwaitIt() {
        // same order, so the same partition: once the marker is handled, every event before it has been too
        publish(Topics.FULFILLMENT, shipped(new FulfillmentLine("L9", marker, 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> stockRow(dc, marker)[0] == 9);
    }

    private EventEnvelope shipped(FulfillmentLine... lines) {
        return EventEnvelope.wrap(new FulfillmentShipped(UUID.randomUUID(), orderId, dc, List.of(lines), "PARCEL_A",
                "GROUND", "1Z999", Instant.now()), null, Instant.now());
    }
}
