package io.opendoms.order.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What one fulfillment event says about a fulfillment; {@code status} is the stage the event reports. */
public record FulfillmentUpdate(
        UUID fulfillmentId,
        String locationId,
        FulfillmentStatus status,
        List<FulfillmentLine> lines,
        String carrier,
        String service,
        String trackingNumber,
        LocalDate promisedDeliveryDate) {

    public FulfillmentUpdate {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
