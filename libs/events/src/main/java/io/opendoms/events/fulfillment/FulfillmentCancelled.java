package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Units of a fulfillment order were cancelled before its location started picking them (the whole order when
 * {@code status} is CANCELLED): inventory releases their reservation, the order takes them off the fulfillment.
 * {@code cancellationId} names the order's cancellation (null for a cancel that did not come from the order, e.g.
 * a pickup not collected in time).
 */
public record FulfillmentCancelled(
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        UUID cancellationId,
        String status,
        List<FulfillmentLine> lines,
        Instant cancelledAt) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
