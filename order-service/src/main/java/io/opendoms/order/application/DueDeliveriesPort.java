package io.opendoms.order.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The deliveries the dispatcher sends, each claimed for a while so that no two dispatchers send it at once. */
public interface DueDeliveriesPort {

    /** Claims up to {@code limit} due deliveries until {@code leaseUntil} (retried then if no outcome came). */
    List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Records an attempt; {@code nextAttemptAt} null ends the delivery (DELIVERED, or FAILED when not delivered). */
    void recordAttempt(UUID deliveryId, int attempt, Instant at, SendNotificationPort.Outcome outcome,
                       Instant nextAttemptAt);

    record DueDelivery(UUID id, String url, String secret, String payload, int attempts, Instant createdAt) {
    }
}
