package io.opendoms.fulfillment.domain;

/**
 * Lifecycle of a fulfillment order. Statuses only move forward along {@link #stage}; webhooks arrive late,
 * twice and out of order, so an older fact must never pull a fulfillment order back.
 * {@link #DELIVERY_EXCEPTION} sits beside the carrier stages rather than on them (see {@link FulfillmentOrder}).
 */
public enum FulfillmentStatus {
    RELEASED(0),
    PICKING(1),
    PACKED(2),
    SHIPPED(3),
    IN_TRANSIT(4),
    OUT_FOR_DELIVERY(5),
    DELIVERY_EXCEPTION(5),
    DELIVERED(6);

    private final int stage;

    FulfillmentStatus(int stage) {
        this.stage = stage;
    }

    int stage() {
        return stage;
    }

    public boolean isTerminal() {
        return this == DELIVERED;
    }
}
