package io.opendoms.order.domain;

/** The order's status, rolled up from its lines' quantities (see {@link StatusRollUp}). */
public enum OrderStatus {
    RECEIVED,
    BACKORDERED,
    PARTIALLY_ALLOCATED,
    ALLOCATED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    DELIVERED
}
