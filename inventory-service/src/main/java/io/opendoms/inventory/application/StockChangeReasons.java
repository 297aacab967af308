package io.opendoms.inventory.application;

/** The {@code reason} of stock-changed events that inventory causes itself (adjustments carry their own). */
public final class StockChangeReasons {

    public static final String SNAPSHOT = "SNAPSHOT";
    public static final String RESERVED = "RESERVED";
    public static final String SHIPPED = "SHIPPED";
    public static final String RECONCILED = "RECONCILED";

    private StockChangeReasons() {
    }
}
