package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/** Inventory could not reserve a routing decision; nothing of it was reserved. */
public record ReservationFailed(UUID orderId, UUID decisionId, List<Shortage> shortages) implements EventPayload {

    public record Shortage(String locationId, String sku, int requested, int available) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
