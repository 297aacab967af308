package io.opendoms.routing.domain;

/** Units of a SKU a checkout hold keeps at a location for the order that will name it. */
public record HeldUnits(String locationId, String sku, int quantity) {
}
