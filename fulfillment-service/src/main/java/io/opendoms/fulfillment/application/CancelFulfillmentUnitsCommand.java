package io.opendoms.fulfillment.application;

import java.util.List;
import java.util.UUID;

/**
 * Of an order's cancellation {@code cancellationId}, the units routing had sourced ({@code routing.units-cancelled}):
 * they are to come off the order's fulfillment orders where nobody picks them yet.
 */
public record CancelFulfillmentUnitsCommand(UUID orderId, UUID cancellationId, List<Line> lines) {

    public CancelFulfillmentUnitsCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(String lineId, String sku, int quantity) {
    }
}
