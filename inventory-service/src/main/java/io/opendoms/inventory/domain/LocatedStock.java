package io.opendoms.inventory.domain;

/** A stock row with the coordinates of its (active) location. */
public record LocatedStock(StockLevel level, GeoPoint coordinates) {
}
