package io.opendoms.routing.engine;

public enum UnallocationReason {
    /** No eligible location has the full line quantity available. */
    NO_STOCK,
    /** Neither coordinates nor a known postal code for the ship-to address. */
    UNKNOWN_DESTINATION,
    /** The pickup location is unknown, inactive, excluded or cannot do pickup/curbside. */
    PICKUP_LOCATION_UNAVAILABLE
}
