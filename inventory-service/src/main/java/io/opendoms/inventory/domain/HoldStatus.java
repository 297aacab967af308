package io.opendoms.inventory.domain;

/** Where a checkout hold stands; every state but ACTIVE is final and reserves nothing. */
public enum HoldStatus {
    /** Its lines are reserved until it expires. */
    ACTIVE,
    /** Its client released it. */
    RELEASED,
    /** Its TTL ran out and its units were released. */
    EXPIRED,
    /** An order took its units over as the order's reservation. */
    CONVERTED,
    /** A shortage (on hand fell below reserved) took every unit it held. */
    CUT_BY_SHORTAGE
}
