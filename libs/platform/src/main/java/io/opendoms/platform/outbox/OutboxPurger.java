package io.opendoms.platform.outbox;

import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes outbox rows published longer ago than the retention, in batches through the {@code published_at}
 * index, on a thread of its own: the relay's thread only publishes.
 */
public final class OutboxPurger {

    private static final String DELETE = """
            DELETE FROM platform_outbox WHERE id IN (
                SELECT id FROM platform_outbox WHERE published_at < ? ORDER BY published_at LIMIT ?)""";

    private OutboxPurger() {
    }

    public static PacedPurger of(JdbcTemplate jdbc, OutboxProperties properties, Clock clock) {
        return PacedPurger.of("outbox-purge", jdbc, DELETE, properties.retention(), properties.purgeBatchSize(),
                properties.purgeInterval(), properties.purgePause(), clock);
    }
}
