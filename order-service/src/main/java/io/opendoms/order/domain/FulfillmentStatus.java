package io.opendoms.order.domain;

/** How far a fulfillment has come, as the order sees it; declared in lifecycle order. */
public enum FulfillmentStatus {
    RELEASED,
    /** A pickup or curbside fulfillment waits at its store for the customer. */
    READY_FOR_PICKUP,
    SHIPPED,
    DELIVERED,
    /** The customer collected it: its units left the store and reached the customer. */
    PICKED_UP;

    boolean isAfter(FulfillmentStatus other) {
        return compareTo(other) > 0;
    }

    boolean hasShipped() {
        return compareTo(SHIPPED) >= 0;
    }

    boolean reachedTheCustomer() {
        return this == DELIVERED || this == PICKED_UP;
    }
}
