package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Outbound deliveries of released fulfillment orders to their location's system, when it has a release URL. */
public interface ReleaseDeliveryPort {

    /**
     * In the caller's transaction: a delivery of {@code fo} (type RELEASED) when its location's WMS partner has a
     * release URL; nothing otherwise (the location pulls its work).
     */
    void enqueue(FulfillmentOrder fo, String type, Instant now);

    /** The deliveries of a fulfillment order with their attempts, oldest first. */
    List<Delivery> ofFulfillment(UUID fulfillmentId);

    record Delivery(UUID id, String partnerId, String type, String status, int attempts, Instant createdAt,
                    Instant nextAttemptAt, Instant deliveredAt, List<Attempt> attemptLog) {
    }

    record Attempt(int attempt, Instant at, Integer statusCode, String error, long durationMillis) {
    }
}
