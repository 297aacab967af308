package io.opendoms.inventory.domain;

/** The figures of one SKU at one active location, with the location's coordinates: what availability reads. */
public record AvailableStock(String locationId, String sku, int onHand, int reserved, int safetyStock,
                             double latitude, double longitude) {

    public int available() {
        return StockLevel.availableOf(onHand, reserved, safetyStock);
    }
}
