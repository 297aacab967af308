package io.opendoms.platform.outbox;

import io.opendoms.events.EventCatalog;
import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.EventPayload;
import io.opendoms.platform.correlation.Correlation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    /** An event and the correlation id of the request it reports ({@code null}: the current one, or a new one). */
    public record Correlated(EventPayload payload, String correlationId) {
    }

    /**
     * Wraps {@code payload} in a new envelope (type, version and topic from {@link EventCatalog}, key from
     * {@link EventPayload#eventKey()}, the current correlation id) and inserts it. Propagation MANDATORY.
     */
    public EventEnvelope append(EventPayload payload) {
        requireTransaction();
        EventEnvelope envelope = EventEnvelope.wrap(payload, Correlation.currentOrNew(), clock.instant());
        jdbc.update(INSERT, row(payload, envelope));
        wakeRelayAfterCommit();
        return envelope;
    }

    /**
     * Appends several events in one batched statement (one round trip rather than one each), in list order, each
     * with its own correlation id. Propagation MANDATORY.
     */
    public List<EventEnvelope> appendAll(List<Correlated> events) {
        requireTransaction();
        if (events.isEmpty()) {
            return List.of();
        }
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        List<Object[]> rows = new ArrayList<>(events.size());
        for (Correlated event : events) {
            String correlationId = event.correlationId() == null ? Correlation.currentOrNew() : event.correlationId();
            EventEnvelope envelope = EventEnvelope.wrap(event.payload(), correlationId, clock.instant());
            envelopes.add(envelope);
            rows.add(row(event.payload(), envelope));
        }
        jdbc.batchUpdate(INSERT, rows);
        wakeRelayAfterCommit();
        return envelopes;
    }

    private static Object[] row(EventPayload payload, EventEnvelope envelope) {
        String topic = EventCatalog.describe(payload.getClass()).topic();
        return new Object[] {envelope.eventId(), topic, envelope.key(), envelope.type(), envelope.correlationId(),
                EventJson.encode(envelope)};
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "OutboxWriter.append must run inside the transaction of the state change it reports");
        }
    }

    private void wakeRelayAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.getSynchronizations().contains(wakeRelayAfterCommit)) {
            TransactionSynchronizationManager.registerSynchronization(wakeRelayAfterCommit);
        }
    }
}
