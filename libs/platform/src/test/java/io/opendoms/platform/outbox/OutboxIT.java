package io.opendoms.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.platform.correlation.Correlation;
import io.opendoms.platform.support.PlatformIT;
import io.opendoms.platform.testapp.WidgetService;
import io.opendoms.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;

class OutboxIT extends PlatformIT {

    @Autowired
    WidgetService widgets;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.springframework.kafka.core.ProducerFactory<?, ?> producerFactory;

    @Test
    void producerIsDurableAndIdempotent() {
        assertThat(producerFactory.getConfigurationProperties())
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("max.in.flight.requests.per.connection", "5");
    }

    @Test
    void platformMigrationRunsBeforeTheServicesOwn() {
        List<String> versions = jdbc.queryForList(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class);
        assertThat(versions).containsExactly("0.1", "0.2", "1");
    }

    @Test
    void eventCommitsWithTheStateChange() {
        String correlationId = "outbox-commit-" + UUID.randomUUID();
        WidgetService.Created created = Correlation.call(correlationId, () -> widgets.create("commit", 2, false));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM widget WHERE id = ?", Integer.class, created.id()))
                .isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT topic, event_key, event_type, correlation_id, payload FROM platform_outbox WHERE event_id = ?",
                created.event().eventId());
        assertThat(row).containsEntry("topic", Topics.INVENTORY).containsEntry("event_key", "SKU-commit")
                .containsEntry("event_type", "inventory.item-upserted")
                .containsEntry("correlation_id", correlationId);
        EventEnvelope stored = EventJson.decode((String) row.get("payload"));
        assertThat(stored.eventId()).isEqualTo(created.event().eventId());
        assertThat(stored.key()).isEqualTo("SKU-commit");
        assertThat(stored.correlationId()).isEqualTo(correlationId);
        assertThat(stored.typedPayload()).isEqualTo(WidgetService.item("SKU-commit"));
    }

    @Test
    void eventRollsBackWithTheStateChange() {
        long widgetsBefore = jdbc.queryForObject("SELECT count(*) FROM widget", Long.class);
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM platform_outbox", Long.class);

        assertThatThrownBy(() -> widgets.create("rollback", 1, true)).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM widget", Long.class)).isEqualTo(widgetsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_outbox WHERE event_key = 'SKU-rollback'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_outbox", Long.class))
                .isLessThanOrEqualTo(eventsBefore);
    }

    @Test
    void severalEventsAppendInOneStatementInOrderEachWithItsCorrelation() {
        String key = "batch-" + UUID.randomUUID();
        List<EventEnvelope> appended = Correlation.call("batch-current", () -> transactions.execute(status ->
                outbox.appendAll(List.of(
                        new OutboxWriter.Correlated(WidgetService.item(key), "first-request"),
                        new OutboxWriter.Correlated(WidgetService.item(key), null),
                        new OutboxWriter.Correlated(WidgetService.item(key), "third-request")))));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT event_id, correlation_id FROM platform_outbox WHERE event_key = ? ORDER BY id", key);
        assertThat(rows).extracting(r -> r.get("event_id")).containsExactlyElementsOf(
                appended.stream().map(EventEnvelope::eventId).toList());
        assertThat(rows).extracting(r -> r.get("correlation_id"))
                .containsExactly("first-request", "batch-current", "third-request");
        assertThat(EventJson.decode(jdbc.queryForObject("SELECT payload FROM platform_outbox WHERE event_id = ?",
                String.class, appended.get(2).eventId())).correlationId()).isEqualTo("third-request");
    }

    @Test
    void severalEventsRollBackWithTheTransaction() {
        String key = "batch-rollback-" + UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            outbox.appendAll(List.of(new OutboxWriter.Correlated(WidgetService.item(key), null),
                    new OutboxWriter.Correlated(WidgetService.item(key), null)));
            throw new IllegalStateException("the state change fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_outbox WHERE event_key = ?", Long.class, key))
                .isZero();
        assertThatThrownBy(() -> outbox.appendAll(List.of(new OutboxWriter.Correlated(WidgetService.item(key), null))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append(WidgetService.item("no-tx")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void relayPublishesInIdOrderPerKeyAndMarksRows() {
        String keyA = "order-a-" + UUID.randomUUID();
        String keyB = "order-b-" + UUID.randomUUID();
        try (TopicTail tail = new TopicTail(kafkaBootstrapServers(), Topics.INVENTORY)) {
            List<UUID> expectedA = new ArrayList<>();
            List<UUID> expectedB = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                List<String> skus = new ArrayList<>();
                IntStream.range(0, 4).forEach(i -> skus.add(keyA));
                skus.add(keyB);
                for (EventEnvelope e : widgets.announce(skus)) {
                    (e.key().equals(keyA) ? expectedA : expectedB).add(e.eventId());
                }
            }

            List<ConsumerRecord<String, String>> records = tail.awaitRecords(rs ->
                    rs.stream().filter(r -> r.key().equals(keyA) || r.key().equals(keyB)).count() >= 25);

            assertThat(eventIdsOf(records, keyA)).containsExactlyElementsOf(expectedA);
            assertThat(eventIdsOf(records, keyB)).containsExactlyElementsOf(expectedB);
            ConsumerRecord<String, String> first = records.stream().filter(r -> r.key().equals(keyA)).findFirst()
                    .orElseThrow();
            assertThat(header(first, "eventId")).isEqualTo(expectedA.getFirst().toString());
            assertThat(header(first, "type")).isEqualTo("inventory.item-upserted");
            assertThat(header(first, "correlationId")).isNotBlank();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM platform_outbox WHERE event_key IN (?, ?) AND published_at IS NULL",
                Long.class, keyA, keyB)).isZero());
    }

    private static List<UUID> eventIdsOf(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key))
                .map(r -> EventJson.decode(r.value()).eventId()).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
