package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.config.WebhookInboxProperties;
import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes inbox entries that need nobody any more — handled (APPLIED, IGNORED), DUPLICATE, REJECTED_INVALID and
 * UNAUTHENTICATED — once older than the retention, in batches through the {@code received_at} index, on a thread of
 * its own (like the outbox's purge). FAILED and RECEIVED stay until ops replayed them. The retention is also how
 * long a partner's event id is remembered as handled: a duplicate arriving later is handled again.
 */
public final class WebhookInboxPurger {

    private static final String DELETE = """
            DELETE FROM webhook_inbox WHERE id IN (
                SELECT id FROM webhook_inbox
                WHERE received_at < ?
                  AND status IN ('APPLIED', 'IGNORED', 'DUPLICATE', 'REJECTED_INVALID', 'UNAUTHENTICATED')
                ORDER BY received_at LIMIT ?)""";

    private WebhookInboxPurger() {
    }

    public static PacedPurger of(JdbcTemplate jdbc, WebhookInboxProperties properties, Clock clock) {
        return PacedPurger.of("webhook-inbox-purge", jdbc, DELETE, properties.retention(),
                properties.purgeBatchSize(), properties.purgeInterval(), properties.purgePause(), clock);
    }
}
