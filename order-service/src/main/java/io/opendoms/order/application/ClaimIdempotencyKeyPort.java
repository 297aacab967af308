package io.opendoms.order.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface ClaimIdempotencyKeyPort {

    /**
     * Records, in the current transaction, that the client's key creates {@code orderId}; or, when the key is
     * already taken (also by a concurrent transaction that commits first), returns the earlier record and
     * records nothing.
     */
    Optional<IdempotencyRecord> claim(String clientId, String key, String requestFingerprint, UUID orderId,
                                      Instant at);
}
