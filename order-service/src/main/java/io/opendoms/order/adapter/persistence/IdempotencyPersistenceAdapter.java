package io.opendoms.order.adapter.persistence;

import io.opendoms.order.application.ClaimIdempotencyKeyPort;
import io.opendoms.order.application.IdempotencyRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class IdempotencyPersistenceAdapter implements ClaimIdempotencyKeyPort {

    private final IdempotencyKeyJpaRepository keys;

    IdempotencyPersistenceAdapter(IdempotencyKeyJpaRepository keys) {
        this.keys = keys;
    }

    @Override
    public Optional<IdempotencyRecord> claim(String clientId, String key, String requestFingerprint, UUID orderId,
                                             Instant at) {
        if (keys.insertIfAbsent(clientId, key, requestFingerprint, orderId, at) == 1) {
            return Optional.empty();
        }
        // read committed: this statement sees the winner's row, committed while the insert waited for it
        IdempotencyKeyJpaEntity earlier = keys.findById(new IdempotencyKeyJpaEntity.Key(clientId, key))
                .orElseThrow(() -> new IllegalStateException("Idempotency key " + key + " taken but not found"));
        return Optional.of(new IdempotencyRecord(earlier.getRequestFingerprint(), earlier.getOrderId()));
    }
}
