package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The carrier delivered a fulfillment order's shipment. */
public record FulfillmentDelivered(
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        List<FulfillmentLine> lines,
        String trackingNumber,
        Instant deliveredAt) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
