package io.opendoms.inventory.adapter.persistence;

/** A stock row joined with its location's coordinates. */
public record StockAtLocationRow(String locationId, String sku, int onHand, int reserved, int safetyStock,
                                 double latitude, double longitude) {
}
