package io.opendoms.inventory.application;

/** The {@code reason} of stock-changed events that inventory causes itself (adjustments carry their own). */
public final class StockChangeReasons {

    public static final String SNAPSHOT = "SNAPSHOT";
    public static final String RESERVED = "RESERVED";
    public static final String SHIPPED = "SHIPPED";
    public static final String RECONCILED = "RECONCILED";
    /** A checkout hold reserved units. */
    public static final String HOLD = "HOLD";
    /** A checkout hold's client released it. */
    public static final String HOLD_RELEASED = "HOLD_RELEASED";
    /** A checkout hold ran out of time. */
    public static final String HOLD_EXPIRED = "HOLD_EXPIRED";
    /** On hand fell below reserved and holds or order reservations gave units back. */
    public static final String SHORTAGE = "SHORTAGE";

    private StockChangeReasons() {
    }
}
