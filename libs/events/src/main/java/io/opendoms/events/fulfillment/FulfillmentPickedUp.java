package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer collected a pickup or curbside fulfillment order at its store: its reserved units left the building,
 * like a shipment (inventory deducts them), and reached the customer, like a delivery.
 */
public record FulfillmentPickedUp(
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        List<FulfillmentLine> lines,
        Instant pickedUpAt) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
