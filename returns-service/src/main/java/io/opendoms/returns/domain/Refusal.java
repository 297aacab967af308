package io.opendoms.returns.domain;

/** Why a requested line cannot be returned. */
public enum Refusal {
    /** The order has no such line (or returns has not heard of the order yet). */
    NOT_IN_ORDER,
    /** Nothing of the line reached the customer yet. */
    NOT_DELIVERED,
    /** The item is not returnable. */
    NOT_RETURNABLE,
    /** Every delivered unit is past the item's return window. */
    RETURN_WINDOW_CLOSED,
    /** More units than were delivered within the window, less those already returned or in an open return. */
    QUANTITY_EXCEEDS_RETURNABLE,
    /** The line is named twice in the request. */
    DUPLICATE_LINE
}
