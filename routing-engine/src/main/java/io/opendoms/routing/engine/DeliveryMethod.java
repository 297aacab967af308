package io.opendoms.routing.engine;

/** How the customer receives an order; also the fulfillment type of a planned shipment. */
public enum DeliveryMethod {
    SHIP, PICKUP, CURBSIDE;

    public Capability requiredCapability() {
        return Capability.valueOf(name());
    }
}
