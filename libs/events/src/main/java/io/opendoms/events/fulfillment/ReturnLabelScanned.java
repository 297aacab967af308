package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * A carrier scanned a return's prepaid label ({@code status} IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or EXCEPTION,
 * as its webhook said): the carrier webhook serves outbound shipments and return labels alike, and passes the
 * latter on for returns to follow.
 */
public record ReturnLabelScanned(
        UUID returnId,
        UUID orderId,
        String carrier,
        String trackingNumber,
        String status,
        Instant occurredAt,
        String detail) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
