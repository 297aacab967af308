package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * An exception of a fulfillment order is over: {@code clearedBy} RESOLVED (the fulfillment order moved on) or
 * ACKNOWLEDGED (ops cleared it).
 */
public record FulfillmentExceptionCleared(
        UUID exceptionId,
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        String kind,
        Instant since,
        Instant clearedAt,
        String clearedBy) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
