package io.opendoms.order.application;

import io.opendoms.order.domain.OrderDraft;

/** {@code idempotencyKey} is scoped to {@code clientId}; {@code channel} is the client's. */
public record PlaceOrderCommand(String clientId, String channel, String idempotencyKey, OrderDraft draft) {
}
