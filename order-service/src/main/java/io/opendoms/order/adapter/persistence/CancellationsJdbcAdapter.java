package io.opendoms.order.adapter.persistence;

import io.opendoms.order.application.CancellationsPort;
import io.opendoms.order.domain.CancelledUnits;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
class CancellationsJdbcAdapter implements CancellationsPort {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    CancellationsJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> fingerprintOf(UUID orderId, String clientId, String idempotencyKey) {
        return jdbc.queryForList("""
                select fingerprint from order_cancellation
                where order_id = ? and client_id = ? and idempotency_key = ?""", String.class, orderId, clientId,
                idempotencyKey).stream().findFirst();
    }

    @Override
    public void save(UUID cancellationId, UUID orderId, String clientId, String idempotencyKey, String fingerprint,
                     String reason, List<CancelledUnits> cancelled, Instant at) {
        // the order's row lock serialises cancellations of one order: a key cannot be claimed twice
        jdbc.update("""
                insert into order_cancellation (cancellation_id, order_id, client_id, idempotency_key, fingerprint,
                                                reason, cancelled, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", cancellationId, orderId, clientId, idempotencyKey, fingerprint,
                reason, JSON.writeValueAsString(cancelled), Timestamp.from(at));
    }
}
