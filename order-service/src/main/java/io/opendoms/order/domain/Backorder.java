package io.opendoms.order.domain;

/** A line quantity that sourcing could not allocate, and why. */
public record Backorder(String lineId, int quantity, String reason) {
}
