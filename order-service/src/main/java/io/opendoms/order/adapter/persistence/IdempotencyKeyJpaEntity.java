package io.opendoms.order.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Written only by {@link IdempotencyKeyJpaRepository#insertIfAbsent}; read to replay. */
@Entity
@Table(name = "idempotency_keys")
@IdClass(IdempotencyKeyJpaEntity.Key.class)
public class IdempotencyKeyJpaEntity {

    @Id
    private String clientId;
    @Id
    private String idempotencyKey;
    private String requestFingerprint;
    private UUID orderId;
    private Instant createdAt;

    public String getRequestFingerprint() { return requestFingerprint; }
    public UUID getOrderId() { return orderId; }

    public static class Key implements Serializable {

        private String clientId;
        private String idempotencyKey;

        protected Key() {
        }

        public Key(String clientId, String idempotencyKey) {
            this.clientId = clientId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(clientId, k.clientId)
                    && Objects.equals(idempotencyKey, k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, idempotencyKey);
        }
    }
}
