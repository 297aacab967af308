package io.opendoms.order.application;

import io.opendoms.order.domain.OrderStatus;
import java.time.Instant;

/**
 * Filters of an order search, each optional; {@code from} inclusive, {@code to} exclusive (creation time).
 * {@code visibleChannel} restricts a channel client to its own orders whatever {@code channel} asks for.
 */
public record OrderSearch(
        OrderStatus status,
        String channel,
        String email,
        String externalId,
        Instant from,
        Instant to,
        int page,
        int size,
        String visibleChannel) {
}
