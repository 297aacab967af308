package io.opendoms.fulfillment.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Inventory released reserved units of an order's routing decision for a shortage (inventory.reservation-released). */
public record ReleaseShortageCommand(UUID orderId, UUID decisionId, Instant occurredAt, List<Line> lines) {

    public record Line(String lineId, String locationId, String sku, int quantity) {
    }
}
