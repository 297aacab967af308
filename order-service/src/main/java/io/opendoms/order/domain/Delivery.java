package io.opendoms.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One notification to one subscription, with every attempt at sending it. */
public record Delivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, UUID orderId,
                       DeliveryStatus status, int attempts, Instant nextAttemptAt, Instant createdAt,
                       Instant deliveredAt, List<Attempt> attemptLog) {

    public record Attempt(int attempt, Instant at, Integer statusCode, String error, int durationMs) {
    }
}
