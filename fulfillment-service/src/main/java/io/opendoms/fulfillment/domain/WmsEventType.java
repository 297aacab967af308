package io.opendoms.fulfillment.domain;

import java.util.Optional;

/** What a warehouse or store system reports about a fulfillment order. */
public enum WmsEventType {
    PICKED(FulfillmentStatus.PICKING),
    PACKED(FulfillmentStatus.PACKED),
    SHIPPED(FulfillmentStatus.SHIPPED),
    /** Needs re-routing of the missing quantities, which fulfillment cannot do yet. */
    SHORT_PICKED(null),
    /** Needs re-routing of the whole fulfillment order, which fulfillment cannot do yet. */
    REJECTED(null);

    private final FulfillmentStatus target;

    WmsEventType(FulfillmentStatus target) {
        this.target = target;
    }

    /** The status this report moves a fulfillment order to; empty when the report is not supported. */
    public Optional<FulfillmentStatus> target() {
        return Optional.ofNullable(target);
    }
}
