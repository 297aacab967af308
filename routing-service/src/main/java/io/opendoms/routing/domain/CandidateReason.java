package io.opendoms.routing.domain;

public enum CandidateReason {
    /** Chosen: the nearest location that ships every line in full. */
    NEAREST_COMPLETE,
    /** Chosen: the nearest location with the full quantity of some lines, when none has them all. */
    NEAREST_FOR_LINES,
    /** Chosen: the order's pickup location. */
    PICKUP_LOCATION,
    /** Rejected: a nearer location was chosen for what this one could ship. */
    FARTHER,
    /** Rejected: not enough available stock for any line (or it failed to reserve for this order). */
    NO_STOCK,
    /** Rejected: it has stock only of items that ship from distribution centres only. */
    DC_ONLY_ITEMS,
    INACTIVE,
    MISSING_CAPABILITY,
    EXCLUDED_BY_CHANNEL_RULE,
    UNKNOWN_LOCATION
}
