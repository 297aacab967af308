package io.opendoms.routing.engine;

public record StockKey(String locationId, String sku) {
}
