package io.opendoms.events.order;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The owning channel or ops cancelled line quantities of an order (every line still open when {@code wholeOrder}).
 * Routing takes them off what is backordered or being sourced first, and asks fulfillment to cancel the rest
 * ({@code routing.units-cancelled}); {@code cancellationId} names this cancellation in the events that follow it.
 */
public record OrderCancelled(
        UUID orderId,
        UUID cancellationId,
        boolean wholeOrder,
        String reason,
        List<Line> lines,
        Instant cancelledAt) implements EventPayload {

    public record Line(String lineId, String sku, int quantity) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
