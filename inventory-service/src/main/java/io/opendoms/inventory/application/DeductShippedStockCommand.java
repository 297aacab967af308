package io.opendoms.inventory.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Units of an order left a location at {@code shippedAt} (null: unknown, taken as now): they come off on hand and
 * off the order's reservations there.
 */
public record DeductShippedStockCommand(UUID fulfillmentId, UUID orderId, String locationId, List<Line> lines,
                                        Instant shippedAt) {

    public DeductShippedStockCommand {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(locationId, "locationId");
        lines = List.copyOf(lines);
    }

    public record Line(String lineId, String sku, int quantity) {
    }
}
