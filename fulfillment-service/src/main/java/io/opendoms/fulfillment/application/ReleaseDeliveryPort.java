package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Outbound deliveries to a location's system, when its partner has a release URL: RELEASED (new work),
 * CANCEL_REQUESTED (units being picked that an order cancellation asks back), CANCELLED (units taken off by a
 * cancellation or an expired pickup) and SHORTAGE (units taken off because inventory found the stock short).
 */
public interface ReleaseDeliveryPort {

    /**
     * In the caller's transaction: a delivery of {@code fo} (type RELEASED) when its location's WMS partner has a
     * release URL; nothing otherwise (the location pulls its work).
     */
    void enqueue(FulfillmentOrder fo, String type, Instant now);

    /**
     * Makes a FAILED or DELIVERED delivery of {@code fulfillmentId} due again at {@code now}, its retry period counted
     * from then; the same body (and {@code eventId}) is sent. Answers what it was before: empty when there is no such
     * delivery of that fulfillment order, PENDING when it was already being delivered (nothing changed).
     */
    Optional<String> resend(UUID fulfillmentId, UUID deliveryId, Instant now);

    /** The deliveries of a fulfillment order with their attempts, oldest first. */
    List<Delivery> ofFulfillment(UUID fulfillmentId);

    record Delivery(UUID id, String partnerId, String type, String status, int attempts, Instant createdAt,
                    Instant nextAttemptAt, Instant deliveredAt, List<Attempt> attemptLog) {
    }

    record Attempt(int attempt, Instant at, Integer statusCode, String error, long durationMillis) {
    }
}
