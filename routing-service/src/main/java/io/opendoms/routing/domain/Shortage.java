package io.opendoms.routing.domain;

import io.opendoms.routing.engine.StockKey;
/** Inventory could not reserve {@code requested} of a SKU at a location: only {@code available} was left. */
public record Shortage(String locationId, String sku, int requested, int available) {

    public StockKey key() {
        return new StockKey(locationId, sku);
    }
}
