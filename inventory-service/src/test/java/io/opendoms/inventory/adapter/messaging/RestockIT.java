package io.opendoms.inventory.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.returns.ReturnRestocked;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Resellable returned units go back on hand once, and the ledger says which receipt brought them. */
class RestockIT extends InventoryIntegrationTest {

    @Test
    void returnedUnitsGoBackOnHandOnceEvenWhenTheEventComesTwice() {
        String store = unique("STORE");
        String sku = unique("SKU");
        String marker = unique("SKU");
        createLocation(store, "10001");
        createItem(sku);
        createItem(marker);
        setStock(store, sku, 4);
        setStock(store, marker, 0);
        UUID orderId = UUID.randomUUID();
        UUID receiptId = UUID.randomUUID();
        EventEnvelope restocked = EventEnvelope.wrap(new ReturnRestocked(receiptId, UUID.randomUUID(), orderId, store,
                List.of(new ReturnRestocked.Line("L1", sku, 2)), Instant.now()), null, Instant.now());

        publish(Topics.RETURNS, restocked);
        publish(Topics.RETURNS, restocked);
        // same order, same partition: once the marker is on hand, both copies were handled
        publish(Topics.RETURNS, EventEnvelope.wrap(new ReturnRestocked(UUID.randomUUID(), UUID.randomUUID(), orderId,
                store, List.of(new ReturnRestocked.Line("L2", marker, 1)), Instant.now()), null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> stockRow(store, marker)[0] == 1);

        assertThat(stockRow(store, sku)).as("on hand, reserved, safety stock").containsExactly(6, 0, 0);
        Map<String, Object> movement = jdbc.queryForMap("""
                select reason, order_id, reference, on_hand_delta from stock_movement
                where location_id = ? and sku = ? and kind = 'RESTOCK'""", store, sku);
        assertThat(movement).containsEntry("reason", "RETURN").containsEntry("order_id", orderId)
                .containsEntry("reference", receiptId.toString()).containsEntry("on_hand_delta", 2);
    }
}
