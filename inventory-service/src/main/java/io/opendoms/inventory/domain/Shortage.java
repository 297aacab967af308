package io.opendoms.inventory.domain;

/** A location cannot cover what a decision asks of one SKU. */
public record Shortage(String locationId, String sku, int requested, int available) {
}
