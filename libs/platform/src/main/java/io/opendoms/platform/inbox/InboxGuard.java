package io.opendoms.platform.inbox;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records that a consumer processed an event, in the transaction of the processing itself. */
public class InboxGuard {

    private final JdbcTemplate jdbc;

    public InboxGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True the first time {@code consumer} sees {@code eventId}; false for a redelivery. Propagation MANDATORY:
     * the row must commit or roll back with the handler's changes. A concurrent duplicate waits for the first
     * transaction and then gets false.
     */
    public boolean firstDelivery(String consumer, UUID eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "InboxGuard.firstDelivery must run inside the transaction of the handler it guards");
        }
        return jdbc.update("INSERT INTO platform_inbox (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                consumer, eventId) == 1;
    }

    /**
     * {@link #firstDelivery} for several events in one statement: the ids among {@code eventIds} that
     * {@code consumer} sees for the first time. Propagation MANDATORY, as for one event.
     */
    public Set<UUID> firstDeliveries(String consumer, Set<UUID> eventIds) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "InboxGuard.firstDeliveries must run inside the transaction of the handlers it guards");
        }
        Set<UUID> fresh = new HashSet<>();
        if (eventIds.isEmpty()) {
            return fresh;
        }
        UUID[] ids = eventIds.toArray(UUID[]::new);
        jdbc.query("""
                        INSERT INTO platform_inbox (consumer, event_id) SELECT ?, unnest(?::uuid[])
                        ON CONFLICT DO NOTHING RETURNING event_id""",
                ps -> {
                    ps.setString(1, consumer);
                    ps.setArray(2, ps.getConnection().createArrayOf("uuid", ids));
                },
                rs -> {
                    fresh.add(rs.getObject(1, UUID.class));
                });
        return fresh;
    }
}
