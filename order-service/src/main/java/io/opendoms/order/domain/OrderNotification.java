package io.opendoms.order.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A change of an order that channels may subscribe to (api.md § subscriptions), named as the delivery's
 * {@code type}: the order reached {@code status} at {@code at}.
 */
public record OrderNotification(String type, OrderStatus status, Instant at) {

    private static final Map<OrderStatus, String> TYPES = Map.of(
            OrderStatus.RECEIVED, "order.received",
            OrderStatus.ON_HOLD, "order.on-hold",
            OrderStatus.BACKORDERED, "order.backordered",
            OrderStatus.PARTIALLY_ALLOCATED, "order.partially-allocated",
            OrderStatus.ALLOCATED, "order.allocated",
            OrderStatus.PARTIALLY_SHIPPED, "order.partially-shipped",
            OrderStatus.SHIPPED, "order.shipped",
            OrderStatus.DELIVERED, "order.delivered",
            OrderStatus.CANCELLED, "order.cancelled");

    /** The event types a subscription may name. */
    public static final Set<String> EVENT_TYPES = Set.copyOf(TYPES.values());

    static OrderNotification of(OrderStatus status, Instant at) {
        return new OrderNotification(TYPES.get(status), status, at);
    }
}
