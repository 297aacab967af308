package io.opendoms.order.application;

import io.opendoms.order.domain.Order;

/** {@code replayed} when an earlier request with the same idempotency key created the order. */
public record PlacedOrder(Order order, boolean replayed) {
}
