package io.opendoms.order.domain;

public enum DeliveryMethod {
    SHIP,
    PICKUP,
    CURBSIDE;

    public boolean needsPickupLocation() {
        return this != SHIP;
    }
}
