package io.opendoms.events.routing;

import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/**
 * Sourcing of an order is settled: the shipments are reserved and may be released to their locations;
 * {@code unallocated} lines are backordered. Either list may be empty.
 */
public record OrderAllocated(
        UUID orderId,
        UUID decisionId,
        List<PlannedShipment> shipments,
        List<UnallocatedLine> unallocated) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
