package io.opendoms.platform.inbox;

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
}
