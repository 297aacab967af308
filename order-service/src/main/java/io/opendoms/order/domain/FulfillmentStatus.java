package io.opendoms.order.domain;

/** How far a fulfillment has come, as the order sees it; declared in lifecycle order. */
public enum FulfillmentStatus {
    RELEASED,
    SHIPPED,
    DELIVERED;

    boolean isAfter(FulfillmentStatus other) {
        return compareTo(other) > 0;
    }

    boolean hasShipped() {
        return compareTo(SHIPPED) >= 0;
    }
}
