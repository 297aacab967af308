package io.opendoms.fulfillment.domain;

/** A quantity of one order line that a fulfillment order fulfils. */
public record FulfillmentLine(String lineId, String sku, int quantity) {
}
