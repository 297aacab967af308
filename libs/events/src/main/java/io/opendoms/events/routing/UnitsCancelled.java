package io.opendoms.events.routing;

import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/**
 * Of an order's cancellation ({@code order.cancelled}), the units routing had already sourced: fulfillment
 * cancels them at their locations (fulfillment orders not being picked yet) and says which it could not.
 * {@code fromBackorder} are the units that were still waiting for stock, cancelled by routing itself.
 */
public record UnitsCancelled(
        UUID orderId,
        UUID cancellationId,
        List<Line> sourced,
        List<Line> fromBackorder) implements EventPayload {

    public record Line(String lineId, String sku, int quantity) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
