package io.opendoms.inventory.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TopicTail;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryEventsIT extends InventoryIntegrationTest {

    private TopicTail inventoryTopic;

    @BeforeEach
    void probe() {
        inventoryTopic = new TopicTail(bootstrapServers, Topics.INVENTORY);
    }

    @AfterEach
    void close() {
        inventoryTopic.close();
    }

    @Test
    void publishesLocationUpsertedKeyedByLocationId() {
        String id = unique("DC");

        createLocation(id, "10001");

        ConsumerRecord<String, String> record = inventoryTopic.awaitRecord(e -> e.type().equals("inventory.location-upserted")
                && e.key().equals(id));
        EventEnvelope envelope = EventJson.decode(record.value());
        assertThat(record.key()).isEqualTo(id);
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.correlationId()).isNotBlank();
        assertThat(envelope.payloadAs(LocationUpserted.class)).isEqualTo(new LocationUpserted(id, "Location",
                "STORE", "10001", "US", 40.75065, -73.997293, "America/New_York", List.of("SHIP", "PICKUP"), "15:00",
                500, true, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from platform_outbox where event_key = ? and published_at is not null",
                Integer.class, id) == 1);
    }

    @Test
    void publishesItemUpsertedKeyedBySku() {
        String sku = unique("SKU");

        createItem(sku);

        EventEnvelope envelope = EventJson.decode(inventoryTopic.awaitRecord(e -> e.type().equals("inventory.item-upserted")
                && e.key().equals(sku)).value());
        assertThat(envelope.payloadAs(ItemUpserted.class))
                .isEqualTo(new ItemUpserted(sku, "Item", new BigDecimal("1.5"), true, 30, false, false));
    }

    @Test
    void publishesStockChangedWithTheReasonOfEachChange() {
        String dc = unique("DC");
        String sku = unique("SKU");
        createLocation(dc, "10001");
        createItem(sku);

        expect(200, api.put("/api/v1/stock/" + dc + "/" + sku, WRITER, "{\"onHand\": 8, \"safetyStock\": 1}"));
        expect(200, adjust(newKey(), """
                {"adjustments": [{"locationId": "%s", "sku": "%s", "delta": -3, "reason": "CYCLE_COUNT"}]}"""
                .formatted(dc, sku)));

        StockChanged snapshot = inventoryTopic.awaitRecord(e -> e.type().equals("inventory.stock-changed")
                && e.key().equals(sku) && e.payloadAs(StockChanged.class).reason().equals("SNAPSHOT"))
                .value().transform(v -> EventJson.decode(v).payloadAs(StockChanged.class));
        StockChanged adjusted = inventoryTopic.awaitRecord(e -> e.type().equals("inventory.stock-changed")
                && e.key().equals(sku) && e.payloadAs(StockChanged.class).reason().equals("CYCLE_COUNT"))
                .value().transform(v -> EventJson.decode(v).payloadAs(StockChanged.class));
        assertThat(snapshot).isEqualTo(new StockChanged(dc, sku, 8, 0, 1, 7, "SNAPSHOT"));
        assertThat(adjusted).isEqualTo(new StockChanged(dc, sku, 5, 0, 1, 4, "CYCLE_COUNT"));
    }
}
