package io.opendoms.order.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A change of an order that channels may subscribe to (api.md § subscriptions), named as the delivery's
 * {@code type}: the order reached {@code status} at {@code at}.
 */
public record OrderNotification(String type, OrderStatus status, Instant at) {

    private static final Map<OrderStatus, String> TYPES = Map.ofEntries(
            Map.entry(OrderStatus.RECEIVED, "order.received"),
            Map.entry(OrderStatus.ON_HOLD, "order.on-hold"),
            Map.entry(OrderStatus.BACKORDERED, "order.backordered"),
            Map.entry(OrderStatus.PARTIALLY_ALLOCATED, "order.partially-allocated"),
            Map.entry(OrderStatus.ALLOCATED, "order.allocated"),
            Map.entry(OrderStatus.PARTIALLY_SHIPPED, "order.partially-shipped"),
            Map.entry(OrderStatus.SHIPPED, "order.shipped"),
            Map.entry(OrderStatus.DELIVERED, "order.delivered"),
            Map.entry(OrderStatus.CANCELLED, "order.cancelled"),
            Map.entry(OrderStatus.READY_FOR_PICKUP, "order.ready-for-pickup"),
            Map.entry(OrderStatus.PICKED_UP, "order.picked-up"));

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
