package io.opendoms.order.domain;

/** The order's status, rolled up from its lines' quantities (see {@link StatusRollUp}). */
public enum OrderStatus {
    RECEIVED,
    /** Broke a hold rule at capture: nothing is routed until ops release it. */
    ON_HOLD,
    BACKORDERED,
    PARTIALLY_ALLOCATED,
    ALLOCATED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    DELIVERED,
    /** A pickup or curbside order: every open unit waits at the store for the customer. */
    READY_FOR_PICKUP,
    /** A pickup or curbside order: the customer collected every open unit. */
    PICKED_UP,
    /** Every unit cancelled before it shipped. */
    CANCELLED
}
