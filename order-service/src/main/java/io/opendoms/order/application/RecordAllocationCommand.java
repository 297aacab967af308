package io.opendoms.order.application;

import io.opendoms.order.domain.Backorder;
import java.util.List;
import java.util.UUID;

/** A settled sourcing decision; {@code unallocated}: the order's whole backorder after it, by line and reason. */
public record RecordAllocationCommand(UUID orderId, UUID decisionId, int shipments, List<Backorder> unallocated) {

    public RecordAllocationCommand {
        unallocated = unallocated == null ? List.of() : List.copyOf(unallocated);
    }
}
