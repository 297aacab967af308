package io.opendoms.routing.engine;

/** Why a location won or lost in a plan's explanation. */
public enum CandidateReason {
    /** Chosen: part of the cheapest plan (after the tie-breaks of the routing spec). */
    LOWEST_COST,
    /** Chosen: the order's pickup location. */
    PICKUP_LOCATION,
    /** Rejected: the best plan that uses it costs more; its cost is that plan's total. */
    MORE_EXPENSIVE,
    /** Rejected: the best plan that uses it costs the same but loses a tie-break (shipments, delivery, ids). */
    LOST_TIE_BREAK,
    /** Rejected: the best plan that uses it leaves more units unallocated. */
    ALLOCATES_LESS,
    /**
     * Rejected without pricing a plan of its own: at least {@code maxShipments} other locations are as well
     * stocked for this order, no dearer, no later and sort first, so a plan with it is never better.
     */
    DOMINATED,
    /** Rejected: not enough available stock for any line. */
    NO_STOCK,
    /** Rejected: it has stock only of items that ship from distribution centres (or 3PLs) only. */
    DC_ONLY_ITEM,
    /** Rejected: it is excluded for this order (it failed to reserve or rejected it before). */
    EXCLUDED_FOR_ORDER,
    /** Rejected: it ships after today's cut-off, and so misses the promise that other plans keep. */
    PAST_CUTOFF_MISSES_PROMISE,
    /** Rejected: its daily capacity pushes its ship date so that it misses the promise other plans keep. */
    CAPACITY_FULL,
    /** Rejected: no carrier service from it arrives by the promised date, which other plans keep. */
    MISSES_PROMISE,
    INACTIVE,
    /** Rejected: it lacks the capability the delivery method needs (SHIP, PICKUP or CURBSIDE). */
    NOT_CAPABLE,
    /** Rejected: the channel's rule does not allow its location type. */
    EXCLUDED_BY_RULE,
    UNKNOWN_LOCATION,
    // reasons the nearest-location rule stored before the engine: kept so that old decisions still read
    /** @deprecated nearest-location rule only */
    @Deprecated NEAREST_COMPLETE,
    /** @deprecated nearest-location rule only */
    @Deprecated NEAREST_FOR_LINES,
    /** @deprecated nearest-location rule only */
    @Deprecated FARTHER,
    /** @deprecated nearest-location rule only; now {@link #DC_ONLY_ITEM} */
    @Deprecated DC_ONLY_ITEMS,
    /** @deprecated nearest-location rule only; now {@link #NOT_CAPABLE} */
    @Deprecated MISSING_CAPABILITY,
    /** @deprecated nearest-location rule only; now {@link #EXCLUDED_BY_RULE} */
    @Deprecated EXCLUDED_BY_CHANNEL_RULE
}
