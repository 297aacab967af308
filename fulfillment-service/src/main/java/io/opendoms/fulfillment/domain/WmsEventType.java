package io.opendoms.fulfillment.domain;

/** What a warehouse or store system reports about a fulfillment order. */
public enum WmsEventType {
    PICKED,
    PACKED,
    SHIPPED,
    /** The location picked less than asked: it names what it did pick; the rest goes back to routing. */
    SHORT_PICKED,
    /** The location refuses the whole fulfillment order: everything goes back to routing. */
    REJECTED,
    /** The location took the units it was asked to cancel off the fulfillment order (see {@code cancelRequested}). */
    CANCEL_CONFIRMED,
    /** The location will not cancel the units it was asked about: they stay on the fulfillment order. */
    CANCEL_REFUSED
}
