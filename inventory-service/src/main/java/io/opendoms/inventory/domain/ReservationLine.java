package io.opendoms.inventory.domain;

import java.util.Objects;

/** One order line quantity that a routing decision wants reserved at a location. */
public record ReservationLine(String locationId, String lineId, String sku, int quantity) {

    public ReservationLine {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    public StockKey stockKey() {
        return new StockKey(locationId, sku);
    }
}
