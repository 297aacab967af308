package io.opendoms.events.routing;

/** A line quantity a plan could not source, and why (NO_STOCK, UNKNOWN_DESTINATION, ...). */
public record UnallocatedLine(String lineId, String sku, int quantity, String reason) {
}
