package io.opendoms.inventory.domain;

/** Available units of a SKU at one location; {@code distanceKm} only when asked near a point. */
public record LocationAvailability(String locationId, int available, Double distanceKm) {
}
