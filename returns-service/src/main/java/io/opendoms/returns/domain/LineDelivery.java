package io.opendoms.returns.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Units of an order line that one fulfillment order delivered. */
public record LineDelivery(UUID fulfillmentId, int quantity, Instant deliveredAt) {

    public LineDelivery {
        Objects.requireNonNull(fulfillmentId, "fulfillmentId");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        if (quantity <= 0) {
            throw new IllegalArgumentException("Delivered quantity must be positive: " + quantity);
        }
    }
}
