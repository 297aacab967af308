package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A location shipped a fulfillment order; its reserved units left the building. */
public record FulfillmentShipped(
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        List<FulfillmentLine> lines,
        String carrier,
        String service,
        String trackingNumber,
        Instant shippedAt) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
