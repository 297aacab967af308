package io.opendoms.fulfillment.domain;

/** A carrier's tracking status of a shipment. */
public enum CarrierStatus {
    IN_TRANSIT(FulfillmentStatus.IN_TRANSIT),
    OUT_FOR_DELIVERY(FulfillmentStatus.OUT_FOR_DELIVERY),
    DELIVERED(FulfillmentStatus.DELIVERED),
    EXCEPTION(FulfillmentStatus.DELIVERY_EXCEPTION);

    private final FulfillmentStatus target;

    CarrierStatus(FulfillmentStatus target) {
        this.target = target;
    }

    public FulfillmentStatus target() {
        return target;
    }
}
