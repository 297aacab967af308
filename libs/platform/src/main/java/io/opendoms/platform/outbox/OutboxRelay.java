package io.opendoms.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * keeps the order of events per key. The round sends the whole batch, waits for every acknowledgement and marks
 * the acknowledged prefix; after the first failure it records the error and stops, so that nothing behind a
 * failed row overtakes it for good (rows after it are sent again: at-least-once, consumers de-duplicate).
 */
public class OutboxRelay implements SmartLifecycle {

    /** Advisory lock key of the relay ("outbox" in ASCII); advisory locks are per database. */
    static final long LOCK_KEY = 0x6f7574626f78L;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration FIRST_PURGE_DELAY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final OutboxSignal signal;
    private final Clock clock;

    private volatile boolean running;
    private volatile Thread worker;
    private Instant nextPurge;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
                       OutboxProperties properties, OutboxSignal signal, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.properties = properties;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        nextPurge = clock.instant().plus(FIRST_PURGE_DELAY);
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

    /** Publishes until the outbox is empty (or a send fails); returns the number of rows published. */
    public int drain() {
        int total = 0;
        while (true) {
            int published = publishRound();
            if (published > 0) {
                total += published;
            }
            if (published < properties.batchSize()) {
                return total;
            }
        }
    }

    /** Deletes rows published longer ago than the retention; returns how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(properties.retention());
        return jdbc.update("DELETE FROM platform_outbox WHERE published_at < ?", Timestamp.from(cutoff));
    }

    private void loop() {
        while (running) {
            try {
                drain();
                if (!clock.instant().isBefore(nextPurge)) {
                    nextPurge = clock.instant().plus(properties.purgeInterval());
                    int purged = purge();
                    log.debug("Purged {} published outbox rows", purged);
                }
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
            List<Row> rows = jdbc.query("""
                            SELECT id, event_id, topic, event_key, event_type, correlation_id, payload FROM platform_outbox
                            WHERE published_at IS NULL ORDER BY id LIMIT ?""",
                    (rs, i) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)),
                    properties.batchSize());
            return rows.isEmpty() ? 0 : publish(rows);
        });
        return result == null ? 0 : result;
    }

    private int publish(List<Row> rows) {
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (Row row : rows) {
            try {
                sends.add(kafka.send(row.toRecord()));
            } catch (RuntimeException e) {
                sendFailure = e;
                break;
            }
        }
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        int acked = 0;
        Throwable failure = sendFailure;
        for (CompletableFuture<SendResult<String, String>> send : sends) {
            try {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acked++;
            } catch (ExecutionException e) {
                failure = e.getCause();
                break;
            } catch (TimeoutException e) {
                failure = e;
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
                break;
            }
        }
        if (acked > 0) {
            Long[] ids = rows.subList(0, acked).stream().map(Row::id).toArray(Long[]::new);
            jdbc.update("UPDATE platform_outbox SET published_at = now() WHERE id = ANY (?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)));
        }
        if (acked < rows.size()) {
            Row failed = rows.get(acked);
            String error = failure == null ? "not acknowledged" : failure.toString();
            jdbc.update("UPDATE platform_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                    error.length() > 2000 ? error.substring(0, 2000) : error, failed.id());
            log.warn("Outbox row {} ({} {}) not published, retrying: {}", failed.id(), failed.type(),
                    failed.eventId(), error);
            return -1;
        }
        return acked;
    }

    private record Row(long id, UUID eventId, String topic, String key, String type, String correlationId,
                       String payload) {

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
