package io.opendoms.platform.outbox;

import io.opendoms.events.EventCatalog;
import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.EventPayload;
import io.opendoms.platform.correlation.Correlation;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to {@code platform_outbox} inside the caller's transaction, so that an event exists if and
 * only if the state change that caused it committed.
 */
public class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO platform_outbox (event_id, topic, event_key, event_type, correlation_id, payload)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionSynchronization wakeRelayAfterCommit;

    public OutboxWriter(JdbcTemplate jdbc, OutboxSignal signal, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.wakeRelayAfterCommit = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.wake();
            }
        };
    }

    /**
     * Wraps {@code payload} in a new envelope (type, version and topic from {@link EventCatalog}, key from
     * {@link EventPayload#eventKey()}, the current correlation id) and inserts it. Propagation MANDATORY.
     */
    public EventEnvelope append(EventPayload payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "OutboxWriter.append must run inside the transaction of the state change it reports");
        }
        EventEnvelope envelope = EventEnvelope.wrap(payload, Correlation.currentOrNew(), clock.instant());
        String topic = EventCatalog.describe(payload.getClass()).topic();
        jdbc.update(INSERT, envelope.eventId(), topic, envelope.key(), envelope.type(), envelope.correlationId(),
                EventJson.encode(envelope));
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.getSynchronizations().contains(wakeRelayAfterCommit)) {
            TransactionSynchronizationManager.registerSynchronization(wakeRelayAfterCommit);
        }
        return envelope;
    }
}
