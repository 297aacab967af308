package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;

/** The stock of one SKU at one location after a change; consumers keep their own views from it. */
public record StockChanged(
        String locationId,
        String sku,
        int onHand,
        int reserved,
        int safetyStock,
        int available,
        String reason) implements EventPayload {

    @Override
    public String eventKey() {
        return sku;
    }
}
