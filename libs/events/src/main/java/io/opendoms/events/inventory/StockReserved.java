package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/** Inventory reserved every line of a routing decision, atomically. */
public record StockReserved(UUID orderId, UUID decisionId, List<Reservation> reservations) implements EventPayload {

    public record Reservation(String locationId, String lineId, String sku, int quantity) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
