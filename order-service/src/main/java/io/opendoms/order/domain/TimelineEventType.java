package io.opendoms.order.domain;

public enum TimelineEventType {
    ORDER_RECEIVED,
    ALLOCATION_SETTLED,
    FULFILLMENT_RELEASED,
    FULFILLMENT_SHIPPED,
    FULFILLMENT_DELIVERED,
    STATUS_CHANGED
}
