package io.opendoms.inventory.domain;

/** What moved stock; the ledger's {@code kind}. */
public enum StockMovementKind {
    /** The figures a stock row held when the ledger began. */
    OPENING_BALANCE,
    /** An absolute count from the WMS, as of the instant it was taken. */
    SNAPSHOT,
    /** A relative change of on hand sent by a WMS or ops (received, damaged, recounted...). */
    ADJUSTMENT,
    /** Units reserved for an order's routing decision. */
    RESERVATION,
    /** Units of an order left the location. */
    SHIPMENT,
    /** Ops repaired reserved to the sum of the live reservations (reconciliation). */
    RECONCILIATION,
    /** Units reserved by a checkout hold. */
    HOLD,
    /**
     * Reserved units given back: a hold released by its client ({@code reason} RELEASED), what a converted hold
     * held beyond the order's lines (CONVERSION), or what a shortage took from holds and order reservations
     * (SHORTAGE).
     */
    RELEASE,
    /** A checkout hold's units released when its TTL ran out. */
    EXPIRY,
    /** A checkout hold's units became an order's reservation: reserved does not move. */
    CONVERSION,
    /** Returned units inspected as resellable went back on hand at the receiving location. */
    RESTOCK
}
