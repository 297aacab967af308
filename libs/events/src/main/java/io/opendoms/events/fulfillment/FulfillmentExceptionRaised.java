package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * Something went wrong with a fulfillment order ({@code kind} LATE, DELIVERY_EXCEPTION, REJECTED or STUCK), raised
 * once per kind while open, for the ops queue; {@code exceptionId} names it in the matching
 * {@link FulfillmentExceptionCleared}.
 */
public record FulfillmentExceptionRaised(
        UUID exceptionId,
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        String kind,
        Instant since,
        String detail) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
