package io.opendoms.fulfillment.domain;

import java.time.Instant;
import java.util.UUID;

/** One exception of a fulfillment order: open while {@code clearedAt} is null; at most one open per kind. */
public record FulfillmentException(UUID id, UUID fulfillmentId, UUID orderId, String locationId, ExceptionKind kind,
                                   Instant since, String detail, Instant clearedAt) {

    public boolean isOpen() {
        return clearedAt == null;
    }
}
