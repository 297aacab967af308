package io.opendoms.events.routing;

import io.opendoms.events.Default;
import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/**
 * A sourcing decision for an order is settled: its shipments are reserved and may be released to their locations;
 * {@code unallocated} are the line quantities of this decision it could not source. A decision may source only
 * part of an order (units a location handed back, backordered units stock arrived for), so {@code backordered}
 * (added 2026-12; null in older events, where the decision sourced the whole order and {@code unallocated} is the
 * order's backorder) is every line quantity of the order still waiting to be sourced after this decision, by line
 * and reason: the order's backorder as a whole, not a change to it. Any list may be empty.
 */
public record OrderAllocated(
        UUID orderId,
        UUID decisionId,
        List<PlannedShipment> shipments,
        List<UnallocatedLine> unallocated,
        List<UnallocatedLine> backordered) implements EventPayload {

    /** A decision of the whole order, as before {@code backordered}; what mappers use (see {@link Default}). */
    @Default
    public OrderAllocated(UUID orderId, UUID decisionId, List<PlannedShipment> shipments,
                          List<UnallocatedLine> unallocated) {
        this(orderId, decisionId, shipments, unallocated, null);
    }

    /** The order's backorder after this decision: {@code backordered}, or {@code unallocated} in older events. */
    public List<UnallocatedLine> backorderOfOrder() {
        return backordered != null ? backordered : unallocated;
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
