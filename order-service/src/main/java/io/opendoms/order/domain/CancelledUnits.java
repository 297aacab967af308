package io.opendoms.order.domain;

/** Units of a line a cancellation took. */
public record CancelledUnits(String lineId, String sku, int quantity) {
}
