package io.opendoms.inventory.domain;

/** What a location can do for an order. */
public enum Capability {
    SHIP,
    PICKUP,
    CURBSIDE,
    RETURNS
}
