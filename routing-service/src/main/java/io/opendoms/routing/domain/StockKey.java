package io.opendoms.routing.domain;

public record StockKey(String locationId, String sku) {
}
