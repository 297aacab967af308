package io.opendoms.platform.inbox;

import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes inbox rows older than the retention, in batches through the {@code processed_at} index, on a background
 * thread of its own (whether or not this instance runs the outbox relay).
 */
public final class InboxPurger {

    private static final String DELETE = """
            DELETE FROM platform_inbox WHERE (consumer, event_id) IN (
                SELECT consumer, event_id FROM platform_inbox WHERE processed_at < ? ORDER BY processed_at LIMIT ?)""";

    private InboxPurger() {
    }

    public static PacedPurger of(JdbcTemplate jdbc, InboxProperties properties, Clock clock) {
        return PacedPurger.of("inbox-purge", jdbc, DELETE, properties.retention(), properties.purgeBatchSize(),
                properties.purgeInterval(), properties.purgePause(), clock);
    }
}
