package io.opendoms.routing.domain;

public enum DecisionStatus {
    /** Routed: inventory is reserving its shipments. */
    RESERVING,
    /** Settled: the shipments are reserved (or there were none) and the allocation is published. */
    ALLOCATED,
    /** Inventory could not reserve it; a newer decision replaces it. */
    RESERVATION_FAILED
}
