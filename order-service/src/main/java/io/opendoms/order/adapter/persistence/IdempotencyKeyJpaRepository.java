package io.opendoms.order.adapter.persistence;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdempotencyKeyJpaRepository extends JpaRepository<IdempotencyKeyJpaEntity, IdempotencyKeyJpaEntity.Key> {

    /**
     * Returns 1 when this transaction claimed the key, 0 when it was taken. A concurrent insert of the same
     * key blocks this one until it commits (then 0) or rolls back (then 1), so exactly one request wins.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into idempotency_keys (client_id, idempotency_key, request_fingerprint, order_id, created_at)
            values (:clientId, :key, :fingerprint, :orderId, :createdAt)
            on conflict do nothing""")
    int insertIfAbsent(@Param("clientId") String clientId, @Param("key") String key,
                       @Param("fingerprint") String fingerprint, @Param("orderId") UUID orderId,
                       @Param("createdAt") Instant createdAt);
}
