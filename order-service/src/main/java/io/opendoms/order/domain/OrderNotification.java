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

    /** A return refunded units of the order (whatever its status). */
    public static final String RETURN_REFUNDED = "return.refunded";

    /** The event types a subscription may name. */
    public static final Set<String> EVENT_TYPES = java.util.stream.Stream.concat(TYPES.values().stream(),
            java.util.stream.Stream.of(RETURN_REFUNDED)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static OrderNotification refunded(OrderStatus status, Instant at) {
        return new OrderNotification(RETURN_REFUNDED, status, at);
    }

    static OrderNotification of(OrderStatus status, Instant at) {
        return new OrderNotification(TYPES.get(status), status, at);
    }
}
