package io.opendoms.order.domain;

/** A line's status, rolled up from its quantities; the same words as {@link OrderStatus} where they apply. */
public enum LineStatus {
    OPEN,
    BACKORDERED,
    PARTIALLY_ALLOCATED,
    ALLOCATED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    DELIVERED,
    /** Every unit cancelled. */
    CANCELLED
}
