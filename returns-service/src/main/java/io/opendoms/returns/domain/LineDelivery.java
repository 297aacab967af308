package io.opendoms.returns.domain;

import java.time.Instant;
import java.util.UUID;

/** Units of an order line that one fulfillment order delivered. */
public record LineDelivery(UUID fulfillmentId, int quantity, Instant deliveredAt) {
}
