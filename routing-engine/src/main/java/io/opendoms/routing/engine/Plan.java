package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.util.List;

/** A sourcing plan: shipments, what could not be sourced, the total cost and why each candidate won or lost. */
public record Plan(
        List<Shipment> shipments,
        List<UnallocatedLine> unallocated,
        BigDecimal totalCost,
        boolean late,
        Explanation explanation) {

    public Plan {
        shipments = List.copyOf(shipments);
        unallocated = List.copyOf(unallocated);
    }

    /** A plan that sources nothing: every line is unallocated for {@code reason}. */
    public static Plan nothing(List<OrderLine> lines, UnallocationReason reason, Explanation explanation) {
        return new Plan(List.of(), lines.stream().map(l -> UnallocatedLine.of(l, reason)).toList(),
                Money.ZERO, false, explanation);
    }

    public boolean shipsAnything() {
        return !shipments.isEmpty();
    }

}
