package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.application.CancellationLogPort;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class CancellationLogJdbcAdapter implements CancellationLogPort {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CancellationLogJdbcAdapter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean firstTime(UUID orderId, UUID cancellationId) {
        // the primary key makes a concurrent insert of the same cancellation wait for ours, then do nothing
        return jdbc.update("""
                insert into fulfillment_cancellation (order_id, cancellation_id, recorded_at) values (?, ?, ?)
                on conflict do nothing""", orderId, cancellationId, Timestamp.from(clock.instant())) == 1;
    }
}
