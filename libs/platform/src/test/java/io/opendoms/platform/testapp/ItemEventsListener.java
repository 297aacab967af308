package io.opendoms.platform.testapp;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.platform.correlation.Correlation;
import io.opendoms.platform.messaging.InboundEvents;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Records every ItemUpserted it handles; SKUs starting with {@code always-fail} make the handler throw. */
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

    @KafkaListener(topics = Topics.INVENTORY)
    void on(String message) {
        inbound.dispatch(CONSUMER, message)
                .onEnvelope(ItemUpserted.class, this::handle)
                .run();
    }

    private void handle(EventEnvelope envelope, ItemUpserted item) {
        attempts.computeIfAbsent(item.sku(), k -> new AtomicInteger()).incrementAndGet();
        if (item.sku().startsWith("always-fail")) {
            throw new IllegalStateException("handler failure for " + item.sku());
        }
        jdbc.update("INSERT INTO handled_event (event_id, sku, correlation_id) VALUES (?, ?, ?)",
                envelope.eventId(), item.sku(), Correlation.current());
    }

    public int attempts(String sku) {
        AtomicInteger n = attempts.get(sku);
        return n == null ? 0 : n.get();
    }
}
