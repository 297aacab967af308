package io.opendoms.order.application;

import io.opendoms.order.domain.CancelledUnits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cancellations of orders, kept for idempotent repeats and for the audit. */
public interface CancellationsPort {

    /** The fingerprint of the earlier cancellation of the order under the client's key, if any. */
    Optional<String> fingerprintOf(UUID orderId, String clientId, String idempotencyKey);

    void save(UUID cancellationId, UUID orderId, String clientId, String idempotencyKey, String fingerprint,
              String reason, List<CancelledUnits> cancelled, Instant at);
}
