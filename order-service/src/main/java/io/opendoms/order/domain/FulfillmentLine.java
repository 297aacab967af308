package io.opendoms.order.domain;

public record FulfillmentLine(String lineId, int quantity) {
}
