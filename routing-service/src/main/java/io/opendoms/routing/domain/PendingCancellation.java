package io.opendoms.routing.domain;

import java.util.List;
import java.util.UUID;

/**
 * An order's cancellation routing has yet to apply. Per line: {@code remaining} units still to find (in the backorder,
 * or sourced, for fulfillment to cancel), and {@code cancelledByRouting} units it took out of a decision that failed
 * its reservation (never sourced, so cancelled by routing itself).
 */
public record PendingCancellation(UUID cancellationId, UUID orderId, List<Line> lines) {

    public record Line(String lineId, String sku, int remaining, int cancelledByRouting) {
    }

    public PendingCancellation {
        lines = List.copyOf(lines);
    }
}
