package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.config.PendingShortageProperties;
import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deletes shortage releases whose fulfillment order never came, once past their retention. */
public final class PendingShortagePurger {

    private static final String DELETE = """
            DELETE FROM pending_shortage WHERE id IN (
                SELECT id FROM pending_shortage WHERE recorded_at < ? ORDER BY id LIMIT ?)""";

    private PendingShortagePurger() {
    }

    public static PacedPurger of(JdbcTemplate jdbc, PendingShortageProperties properties, Clock clock) {
        return PacedPurger.of("pending-shortage-purge", jdbc, DELETE, properties.retention(), 1000,
                properties.purgeInterval(), Duration.ofMillis(20), clock);
    }
}
