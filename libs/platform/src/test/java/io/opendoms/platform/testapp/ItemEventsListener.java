package io.opendoms.platform.testapp;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.platform.correlation.Correlation;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Records every ItemUpserted it handles; SKUs starting with {@code always-fail} make the handler throw, those
 * starting with {@code db-down-N-} fail the first N attempts as a database outage would.
 */
@Component
public class ItemEventsListener {

    public static final String CONSUMER = "testapp.items";

    private final InboundEvents inbound;
    private final JdbcTemplate jdbc;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    ItemEventsListener(InboundEvents inbound, JdbcTemplate jdbc) {
        this.inbound = inbound;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = Topics.INVENTORY, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.batch(CONSUMER, records)
                .onEnvelope(ItemUpserted.class, this::handle)
                .run();
    }

    private void handle(EventEnvelope envelope, ItemUpserted item) {
        attempts.computeIfAbsent(item.sku(), k -> new AtomicInteger()).incrementAndGet();
        if (item.sku().startsWith("always-fail")) {
            throw new IllegalStateException("handler failure for " + item.sku());
        }
        if (item.sku().startsWith("db-down-")) {
            int outage = Integer.parseInt(item.sku().split("-")[2]);
            if (attempts(item.sku()) <= outage) {
                // what Spring makes of a pool that cannot reach PostgreSQL (restarting, unreachable)
                throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("Connection is not available, request timed out"));
            }
        }
        jdbc.update("INSERT INTO handled_event (event_id, sku, correlation_id) VALUES (?, ?, ?)",
                envelope.eventId(), item.sku(), Correlation.current());
    }

    public int attempts(String sku) {
        AtomicInteger n = attempts.get(sku);
        return n == null ? 0 : n.get();
    }
}
