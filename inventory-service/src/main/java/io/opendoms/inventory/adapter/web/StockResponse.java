package io.opendoms.inventory.adapter.web;

/** {@code available} = onHand − reserved − safetyStock, shown as 0 when that is negative. */
public record StockResponse(String locationId, String sku, int onHand, int reserved, int safetyStock, int available) {
}
