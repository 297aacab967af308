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
    /** Every unit cancelled before it shipped. */
    CANCELLED
}
