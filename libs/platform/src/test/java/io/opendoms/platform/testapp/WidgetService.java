package io.opendoms.platform.testapp;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.platform.outbox.OutboxWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class WidgetService {

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;

    WidgetService(JdbcTemplate jdbc, OutboxWriter outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** Saves a widget and announces it; {@code failAfterAppend} rolls both back. */
    @Transactional
    public Created create(String name, int quantity, boolean failAfterAppend) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO widget (id, name, quantity) VALUES (?, ?, ?)", id, name, quantity);
        EventEnvelope event = outbox.append(item("SKU-" + name));
        if (failAfterAppend) {
            throw new IllegalStateException("failed after the append");
        }
        return new Created(id, event);
    }

    @Transactional
    public List<EventEnvelope> announce(List<String> skus) {
        List<EventEnvelope> events = new ArrayList<>();
        skus.forEach(sku -> events.add(outbox.append(item(sku))));
        return events;
    }

    @Transactional
    public void insertTwice(UUID id) {
        jdbc.update("INSERT INTO widget (id, name, quantity) VALUES (?, 'a', 1)", id);
        jdbc.update("INSERT INTO widget (id, name, quantity) VALUES (?, 'b', 1)", id);
    }

    public static ItemUpserted item(String sku) {
        return new ItemUpserted(sku, "Item " + sku, BigDecimal.ONE, true, 30, false, false);
    }

    public record Created(UUID id, EventEnvelope event) {
    }
}
