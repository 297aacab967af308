package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pickup or curbside fulfillment order ({@code type} PICKUP or CURBSIDE) waits at its store for the customer. It
 * is cancelled (fulfillment.cancelled, no cancellationId) if nobody collects it in time.
 */
public record FulfillmentReadyForPickup(
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        String type,
        List<FulfillmentLine> lines,
        Instant readyAt) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
