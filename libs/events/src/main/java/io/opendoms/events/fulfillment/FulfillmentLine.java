package io.opendoms.events.fulfillment;

/** A line quantity of a fulfillment order. */
public record FulfillmentLine(String lineId, String sku, int quantity) {
}
