package io.opendoms.order.adapter.persistence;

import io.opendoms.order.application.CheckoutHoldsPort;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class CheckoutHoldsJdbcAdapter implements CheckoutHoldsPort {

    private final JdbcTemplate jdbc;

    CheckoutHoldsJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownHold> find(UUID holdId) {
        return jdbc.query("select hold_id, expires_at, ended from checkout_hold_view where hold_id = ?",
                (rs, row) -> new KnownHold(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3)), holdId).stream().findFirst();
    }

    @Override
    public void placed(UUID holdId, Instant expiresAt, Instant at) {
        // a later placed event of the same hold (an extension is published as one) moves its expiry, never its end
        jdbc.update("""
                insert into checkout_hold_view (hold_id, expires_at, updated_at) values (?, ?, ?)
                on conflict (hold_id) do update set expires_at = excluded.expires_at, updated_at = excluded.updated_at
                where checkout_hold_view.ended is null""", holdId, Timestamp.from(expiresAt), Timestamp.from(at));
    }

    @Override
    public boolean ended(UUID holdId, String reason, UUID orderId, Instant at) {
        // an end heard of before the placement (it cannot be, both are keyed by the hold): recorded all the same
        return jdbc.update("""
                insert into checkout_hold_view (hold_id, expires_at, ended, order_id, updated_at) values (?, ?, ?, ?, ?)
                on conflict (hold_id) do update set ended = excluded.ended, order_id = excluded.order_id,
                    updated_at = excluded.updated_at
                where checkout_hold_view.ended is null""",
                holdId, Timestamp.from(at), reason, orderId, Timestamp.from(at)) == 1;
    }
}
