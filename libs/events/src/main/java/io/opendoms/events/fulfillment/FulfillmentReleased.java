package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A fulfillment order was created and released to its location. */
public record FulfillmentReleased(
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        String type,
        List<FulfillmentLine> lines,
        String carrier,
        String service,
        LocalDate promisedDeliveryDate) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
