package io.opendoms.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@code platform_outbox} rows to Kafka in id order and marks them published.
 *
 * <p>Each round runs in one transaction that first takes a transaction-scoped advisory lock, so that only one
 * instance per service database publishes at a time: together with the id order and the idempotent producer this
 * keeps the order of events per key. The round sends the whole batch, waits for the acknowledgements and marks
 * the acknowledged rows published.
 *
 * <p>A row Kafka refuses (or does not acknowledge in time) is <em>held</em>: its attempt is counted, its error
 * kept, and it waits for its next attempt with exponential back-off. It holds back only the later rows of its
 * own key (topic and event key) — within the round they are not sent, and no later round selects them while an
 * earlier row of the key is held — so every other key keeps flowing. Held rows are counted in the
 * {@code opendoms.outbox.held} gauge and listed by {@link #held(int)} (the {@code outbox} actuator endpoint).
 */
public class OutboxRelay implements SmartLifecycle {

    /** Advisory lock key of the relay ("outbox" in ASCII); advisory locks are per database. */
    static final long LOCK_KEY = 0x6f7574626f78L;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final OutboxSignal signal;

    private volatile boolean running;
    private volatile Thread worker;
    private final AtomicLong failures = new AtomicLong();
    private boolean releasedHeldRow;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
                       OutboxProperties properties, OutboxSignal signal) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.properties = properties;
        this.signal = signal;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = worker;
        if (thread == null) {
            return;
        }
        signal.wake();
        try {
            thread.join(Duration.ofSeconds(5));
            if (thread.isAlive()) {
                // a round is stuck waiting for the broker; its rows stay unpublished and go out after restart
                thread.interrupt();
                thread.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Publishes until nothing due is left (or every send of a round failed); returns the number of rows handled.
     * A round that published a held row goes on at once: the rows its key held back are due now.
     */
    public int drain() {
        int total = 0;
        while (true) {
            releasedHeldRow = false;
            int published = publishRound();
            if (published > 0) {
                total += published;
            }
            if (published < properties.batchSize() && !(published > 0 && releasedHeldRow)) {
                return total;
            }
        }
    }

    /** Rows waiting for another attempt after Kafka refused them, oldest first. */
    public List<HeldRow> held(int limit) {
        return jdbc.query("""
                        SELECT id, event_id, topic, event_key, event_type, attempts, last_error, next_attempt_at, created_at
                        FROM platform_outbox WHERE published_at IS NULL AND next_attempt_at IS NOT NULL
                        ORDER BY id LIMIT ?""",
                (rs, i) -> new HeldRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9).toInstant()),
                limit);
    }

    /** How many rows are held (waiting after a refusal). */
    public long heldCount() {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM platform_outbox WHERE published_at IS NULL AND next_attempt_at IS NOT NULL",
                Long.class);
        return count == null ? 0 : count;
    }

    /** How many rows are not published yet. */
    public long pendingCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM platform_outbox WHERE published_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    /** A row Kafka refused, for ops. */
    public record HeldRow(long id, UUID eventId, String topic, String key, String type, int attempts,
                          String lastError, Instant nextAttemptAt, Instant createdAt) {
    }

    private void loop() {
        while (running) {
            try {
                drain();
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Outbox relay round failed; retrying on the next poll: {}", e.toString());
                }
            }
            if (running && !signal.await(properties.pollInterval())) {
                return;
            }
        }
    }

    /** One round: the number of rows published, or -1 when a send failed (stop until the next poll). */
    private int publishRound() {
        Integer result = tx.execute(status -> {
            Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                return 0;  // another instance is publishing
            }
            // due rows whose key has no earlier held row (a held row blocks the later rows of its key only)
            List<Row> rows = jdbc.query("""
                            SELECT id, event_id, topic, event_key, event_type, correlation_id, payload,
                                   next_attempt_at IS NOT NULL FROM platform_outbox o
                            WHERE published_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                              AND NOT EXISTS (SELECT 1 FROM platform_outbox h
                                              WHERE h.published_at IS NULL AND h.next_attempt_at IS NOT NULL
                                                AND h.topic = o.topic AND h.event_key = o.event_key AND h.id < o.id)
                            ORDER BY id LIMIT ?""",
                    (rs, i) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)),
                    properties.batchSize());
            return rows.isEmpty() ? 0 : publish(rows);
        });
        return result == null ? 0 : result;
    }

    /**
     * Sends the rows and waits for their acknowledgements; marks the acknowledged ones published and holds the
     * refused ones. Returns the number of rows handled (published or held), or -1 when nothing was published.
     */
    private int publish(List<Row> rows) {
        Map<Row, CompletableFuture<SendResult<String, String>>> sends = new LinkedHashMap<>();
        Map<Row, Throwable> failed = new LinkedHashMap<>();
        Set<String> failedKeys = new HashSet<>();
        for (Row row : rows) {
            if (failedKeys.contains(row.orderKey())) {
                continue;  // behind a refused row of its key: waits with it
            }
            try {
                CompletableFuture<SendResult<String, String>> send = kafka.send(row.toRecord());
                if (send.isCompletedExceptionally()) {
                    // refused before it left (too large, unknown topic...): later rows of the key stay back
                    failedKeys.add(row.orderKey());
                }
                sends.put(row, send);
            } catch (RuntimeException e) {
                failed.put(row, e);
                failedKeys.add(row.orderKey());
            }
        }
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        List<Long> acked = new ArrayList<>();
        for (Map.Entry<Row, CompletableFuture<SendResult<String, String>>> send : sends.entrySet()) {
            try {
                send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acked.add(send.getKey().id());
                releasedHeldRow |= send.getKey().held();
            } catch (ExecutionException e) {
                failed.put(send.getKey(), e.getCause());
            } catch (TimeoutException e) {
                failed.put(send.getKey(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.put(send.getKey(), e);
            }
        }
        if (!acked.isEmpty()) {
            Long[] ids = acked.toArray(Long[]::new);
            jdbc.update("UPDATE platform_outbox SET published_at = now(), next_attempt_at = NULL WHERE id = ANY (?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)));
        }
        failed.forEach(this::hold);
        if (!failed.isEmpty()) {
            failures.addAndGet(failed.size());
            Map.Entry<Row, Throwable> first = failed.entrySet().iterator().next();
            log.warn("{} outbox row(s) not published, held for another attempt (first: {} {} {}): {}", failed.size(),
                    first.getKey().id(), first.getKey().type(), first.getKey().eventId(), first.getValue().toString());
        }
        return acked.isEmpty() ? -1 : acked.size() + failed.size();
    }

    private void hold(Row row, Throwable failure) {
        String error = failure == null ? "not acknowledged" : failure.toString();
        jdbc.update("""
                        UPDATE platform_outbox SET attempts = attempts + 1, last_error = ?,
                            next_attempt_at = now() + make_interval(secs => least(?, ? * power(2, least(attempts, 20))))
                        WHERE id = ?""",
                error.length() > 2000 ? error.substring(0, 2000) : error,
                properties.retryBackOffMax().toMillis() / 1000.0, properties.retryBackOffInitial().toMillis() / 1000.0,
                row.id());
    }

    /** Send failures since start (a metric). */
    public long failures() {
        return failures.get();
    }

    private record Row(long id, UUID eventId, String topic, String key, String type, String correlationId,
                       String payload, boolean held) {

        /** The order that must hold: events of one key of one topic. */
        String orderKey() {
            return topic + '\u0000' + key;
        }

        ProducerRecord<String, String> toRecord() {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            record.headers().add(new RecordHeader("eventId", eventId.toString().getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader("type", type.getBytes(StandardCharsets.UTF_8)));
            if (correlationId != null) {
                record.headers().add(new RecordHeader("correlationId",
                        correlationId.getBytes(StandardCharsets.UTF_8)));
            }
            return record;
        }
    }
}
