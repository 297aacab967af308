package io.opendoms.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.platform.correlation.Correlation;
import io.opendoms.platform.inbox.InboxGuard;
import io.opendoms.platform.support.PlatformIT;
import io.opendoms.platform.testapp.ItemEventsListener;
import io.opendoms.platform.testapp.WidgetService;
import io.opendoms.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

class InboundEventsIT extends PlatformIT {

    @Autowired
    InboundEvents inbound;

    @Autowired
    InboxGuard inbox;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ItemEventsListener listener;

    @Test
    void duplicateDeliveryRunsTheHandlerOnce() {
        String message = envelope("dup-" + UUID.randomUUID(), "corr-dup");
        AtomicInteger calls = new AtomicInteger();

        boolean first = inbound.dispatch("test.duplicates", message).on(ItemUpserted.class, i -> calls.incrementAndGet()).run();
        boolean second = inbound.dispatch("test.duplicates", message).on(ItemUpserted.class, i -> calls.incrementAndGet()).run();

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(calls).hasValue(1);
    }

    @Test
    void sameEventIsNewToAnotherConsumer() {
        String message = envelope("other-" + UUID.randomUUID(), null);
        assertThat(inbound.dispatch("test.a", message).on(ItemUpserted.class, i -> { }).run()).isTrue();
        assertThat(inbound.dispatch("test.b", message).on(ItemUpserted.class, i -> { }).run()).isTrue();
    }

    @Test
    void failingHandlerLeavesNoInboxRowSoTheRetryRuns() {
        String message = envelope("retry-" + UUID.randomUUID(), null);
        assertThatThrownBy(() -> inbound.dispatch("test.retry", message)
                .on(ItemUpserted.class, i -> { throw new IllegalStateException("transient"); }).run())
                .isInstanceOf(IllegalStateException.class);
        AtomicInteger calls = new AtomicInteger();
        assertThat(inbound.dispatch("test.retry", message).on(ItemUpserted.class, i -> calls.incrementAndGet()).run())
                .isTrue();
        assertThat(calls).hasValue(1);
    }

    @Test
    void unhandledTypesAreSkipped() {
        AtomicInteger calls = new AtomicInteger();
        assertThat(inbound.dispatch("test.skip", envelope("skip-" + UUID.randomUUID(), null))
                .on(StockChanged.class, s -> calls.incrementAndGet()).run()).isFalse();
        String unknownType = """
                {"eventId":"%s","type":"inventory.something-new","version":1,"occurredAt":"2026-01-01T00:00:00Z",
                 "key":"k","payload":{}}""".formatted(UUID.randomUUID());
        assertThat(inbound.dispatch("test.skip", unknownType).on(StockChanged.class, s -> calls.incrementAndGet())
                .run()).isFalse();
        assertThat(calls).hasValue(0);
    }

    @Test
    void malformedMessagesAreNotRetryable() {
        assertThatThrownBy(() -> inbound.dispatch("test.bad", "{not json").on(ItemUpserted.class, i -> { }).run())
                .isInstanceOf(NonRetryableEventException.class);
        assertThatThrownBy(() -> inbound.dispatch("test.bad", "{\"type\":\"inventory.item-upserted\"}")
                .on(ItemUpserted.class, i -> { }).run())
                .isInstanceOf(NonRetryableEventException.class);
        String badPayload = """
                {"eventId":"%s","type":"inventory.item-upserted","version":1,"occurredAt":"2026-01-01T00:00:00Z",
                 "key":"k","payload":{"returnWindowDays":"many"}}""".formatted(UUID.randomUUID());
        assertThatThrownBy(() -> inbound.dispatch("test.bad", badPayload).on(ItemUpserted.class, i -> { }).run())
                .isInstanceOf(NonRetryableEventException.class);
    }

    @Test
    void handlerSeesTheEnvelopesCorrelationId() {
        String[] seen = new String[1];
        inbound.dispatch("test.correlation", envelope("corr-" + UUID.randomUUID(), "flow-42"))
                .onEnvelope(ItemUpserted.class, (e, i) -> seen[0] = Correlation.current()).run();
        assertThat(seen[0]).isEqualTo("flow-42");
        assertThat(Correlation.current()).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "in one transaction: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aBatchHandlesEveryNewEventOnceInTheOrderOfItsRecords(boolean oneTransaction) {
        String first = envelope("batch-a-" + UUID.randomUUID(), "flow-a");
        String second = envelope("batch-b-" + UUID.randomUUID(), "flow-b");
        List<String> seen = new java.util.ArrayList<>();
        List<String> correlations = new java.util.ArrayList<>();

        InboundEvents.Batch batch = inbound.batch("test.batch", records(first, second, first))
                .onEnvelope(ItemUpserted.class, (e, i) -> {
                    seen.add(i.sku());
                    correlations.add(Correlation.current());
                });
        int handled = (oneTransaction ? batch.inOneTransaction() : batch).run();
        int again = inbound.batch("test.batch", records(second)).on(ItemUpserted.class, i -> seen.add(i.sku())).run();

        assertThat(handled).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(seen).containsExactly(EventJson.decode(first).key(), EventJson.decode(second).key());
        assertThat(correlations).containsExactly("flow-a", "flow-b");
        assertThat(Correlation.current()).isNull();
    }

    /**
     * Events of the types named to share a transaction do, where they follow one another in the poll; every other
     * event gets one of its own, and the records' order holds.
     */
    @Test
    void eventsOfSharedTypesThatFollowOneAnotherShareATransactionTheOthersDoNot() {
        String consumer = "test.batch-shared-" + UUID.randomUUID();
        String stock = EventJson.encode(EventEnvelope.wrap(
                new StockChanged("LOC-1", "SKU-shared", 5, 1, 0, 4, "HOLD"), null, Instant.now()));
        List<String> messages = List.of(envelope("shared-1-" + UUID.randomUUID(), null),
                envelope("shared-2-" + UUID.randomUUID(), null), stock,
                envelope("shared-3-" + UUID.randomUUID(), null), envelope("shared-4-" + UUID.randomUUID(), null));
        List<String> order = new java.util.ArrayList<>();
        List<Long> transactions = new java.util.ArrayList<>();

        int handled = inbound.batch(consumer, records(messages.toArray(String[]::new)))
                .on(ItemUpserted.class, i -> {
                    order.add(i.sku());
                    transactions.add(jdbc.queryForObject("SELECT txid_current()", Long.class));
                })
                .on(StockChanged.class, c -> {
                    order.add(c.sku());
                    transactions.add(jdbc.queryForObject("SELECT txid_current()", Long.class));
                })
                .inOneTransaction(ItemUpserted.class)
                .run();

        assertThat(handled).isEqualTo(5);
        assertThat(order).containsExactly(EventJson.decode(messages.get(0)).key(),
                EventJson.decode(messages.get(1)).key(), "SKU-shared", EventJson.decode(messages.get(3)).key(),
                EventJson.decode(messages.get(4)).key());
        assertThat(transactions.get(0)).isEqualTo(transactions.get(1));
        assertThat(transactions.get(3)).isEqualTo(transactions.get(4));
        assertThat(java.util.Set.of(transactions.get(0), transactions.get(2), transactions.get(3))).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_inbox WHERE consumer = ?", Integer.class,
                consumer)).isEqualTo(5);
    }

    @Test
    void aBatchSkipsTypesItHasNoHandlerForWithoutReadingThem() {
        ConsumerRecord<String, String> other = new ConsumerRecord<>(Topics.INVENTORY, 0, 0, "k", "{not json");
        other.headers().add("type", "inventory.stock-changed".getBytes(StandardCharsets.UTF_8));
        AtomicInteger calls = new AtomicInteger();

        int handled = inbound.batch("test.batch-skip", List.of(other, record(1, envelope("skip-" + UUID.randomUUID(), null))))
                .on(ItemUpserted.class, i -> calls.incrementAndGet()).run();

        assertThat(handled).isEqualTo(1);
        assertThat(calls).hasValue(1);
    }

    /**
     * A handler that fails on its own: the events before it stay handled (committed one by one after the
     * batch's transaction failed), the failure names its record, and the events after it wait for redelivery.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "in one transaction: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"none", "all", "its type"})
    void aFailingEventOfABatchIsReportedByItsIndexAndTheEventsBeforeItStayHandled(String shared) {
        String consumer = "test.batch-fail-" + UUID.randomUUID();
        String ok = envelope("ok-" + UUID.randomUUID(), null);
        String bad = envelope("always-fail-" + UUID.randomUUID(), null);
        String later = envelope("later-" + UUID.randomUUID(), null);
        List<String> handled = new java.util.ArrayList<>();

        InboundEvents.Batch batch = inbound.batch(consumer, records(ok, bad, later))
                .on(ItemUpserted.class, i -> {
                    if (i.sku().startsWith("always-fail")) {
                        throw new IllegalStateException("handler failure");
                    }
                    jdbc.update("INSERT INTO handled_event (event_id, sku, correlation_id) VALUES (?, ?, null)",
                            UUID.randomUUID(), i.sku());
                    handled.add(i.sku());
                });
        InboundEvents.Batch configured = switch (shared) {
            case "all" -> batch.inOneTransaction();
            case "its type" -> batch.inOneTransaction(ItemUpserted.class);
            default -> batch;
        };
        assertThatThrownBy(configured::run)
                .isInstanceOfSatisfying(org.springframework.kafka.listener.BatchListenerFailedException.class,
                        e -> {
                            assertThat(e.getIndex()).isEqualTo(1);
                            assertThat(FailureKind.of(e)).isEqualTo(FailureKind.FAILURE);
                        });

        String okSku = EventJson.decode(ok).key();
        assertThat(handledRows(okSku)).isEqualTo(1);
        assertThat(handledRows(EventJson.decode(later).key())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_inbox WHERE consumer = ?", Integer.class,
                consumer)).isEqualTo(1);
    }

    @Test
    void aMalformedRecordOfABatchIsPoisonAfterTheEventsBeforeIt() {
        String consumer = "test.batch-poison-" + UUID.randomUUID();
        String ok = envelope("before-poison-" + UUID.randomUUID(), null);
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> inbound.batch(consumer, List.of(record(0, ok), record(1, "{not json"),
                        record(2, envelope("after-poison-" + UUID.randomUUID(), null))))
                .on(ItemUpserted.class, i -> calls.incrementAndGet()).run())
                .isInstanceOfSatisfying(org.springframework.kafka.listener.BatchListenerFailedException.class,
                        e -> {
                            assertThat(e.getIndex()).isEqualTo(1);
                            assertThat(FailureKind.of(e)).isEqualTo(FailureKind.POISON);
                        });
        assertThat(calls).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_inbox WHERE consumer = ?", Integer.class,
                consumer)).isEqualTo(1);
    }

    @Test
    void theInboxPurgeDeletesOnlyIdsOlderThanTheRetentionInBatches() {
        String consumer = "test.purge-" + UUID.randomUUID();
        List<UUID> old = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID recent = UUID.randomUUID();
        for (UUID id : old) {
            jdbc.update("INSERT INTO platform_inbox (consumer, event_id, processed_at) VALUES (?, ?, now() - interval '9 days')",
                    consumer, id);
        }
        jdbc.update("INSERT INTO platform_inbox (consumer, event_id, processed_at) VALUES (?, ?, now() - interval '7 days')",
                consumer, recent);
        var purger = io.opendoms.platform.inbox.InboxPurger.of(jdbc,
                new io.opendoms.platform.inbox.InboxProperties(Duration.ofDays(8), Duration.ofMinutes(1), 2,
                        Duration.ZERO), java.time.Clock.systemUTC());

        assertThat(purger.purge()).isGreaterThanOrEqualTo(3);

        assertThat(jdbc.queryForList("SELECT event_id FROM platform_inbox WHERE consumer = ?", UUID.class, consumer))
                .containsExactly(recent);
    }

    @Test
    void inboxGuardNeedsATransaction() {
        assertThatThrownBy(() -> inbox.firstDelivery("test.tx", UUID.randomUUID()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void kafkaRedeliveryOfTheSameEventIsHandledOnce() throws Exception {
        String sku = "kafka-dup-" + UUID.randomUUID();
        String message = envelope(sku, "corr-kafka-dup");
        String after = envelope(sku, "corr-kafka-dup");  // same key: same partition, handled after both copies
        kafka.send(Topics.INVENTORY, sku, message).get();
        kafka.send(Topics.INVENTORY, sku, message).get();
        kafka.send(Topics.INVENTORY, sku, after).get();

        await().atMost(Duration.ofSeconds(60)).until(() -> handledRows(sku) == 2);
        assertThat(jdbc.queryForList("SELECT event_id::text FROM handled_event WHERE sku = ? ORDER BY handled_at",
                String.class, sku)).containsExactly(eventIdOf(message), eventIdOf(after));
        assertThat(jdbc.queryForList("SELECT DISTINCT correlation_id FROM handled_event WHERE sku = ?",
                String.class, sku)).containsExactly("corr-kafka-dup");
    }

    @Test
    void malformedMessageGoesStraightToTheDeadLetterTopic() throws Exception {
        String key = "malformed-" + UUID.randomUUID();
        try (TopicTail dlt = new TopicTail(kafkaBootstrapServers(), Topics.deadLetterOf(Topics.INVENTORY))) {
            kafka.send(Topics.INVENTORY, key, "{this is not an envelope").get();
            List<ConsumerRecord<String, String>> records = dlt.awaitRecords(
                    rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
            ConsumerRecord<String, String> dead = records.stream().filter(r -> key.equals(r.key())).findFirst()
                    .orElseThrow();
            assertThat(dead.value()).isEqualTo("{this is not an envelope");
            assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("ListenerExecutionFailedException");
            assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).contains("NonRetryableEventException");
        }
    }

    @Test
    void alwaysFailingHandlerEndsInTheDeadLetterTopicAfterRetries() throws Exception {
        String sku = "always-fail-" + UUID.randomUUID();
        try (TopicTail dlt = new TopicTail(kafkaBootstrapServers(), Topics.deadLetterOf(Topics.INVENTORY))) {
            kafka.send(Topics.INVENTORY, sku, envelope(sku, null)).get();
            dlt.awaitRecords(rs -> rs.stream().anyMatch(r -> sku.equals(r.key())));
        }
        assertThat(listener.attempts(sku)).isEqualTo(1 + 5);
        assertThat(handledRows(sku)).isZero();
    }

    /**
     * A database outage longer than the retries of an ordinary failure (5): the event waits for the database and
     * is handled once it is back, never dead-lettered (before 2026-12 it went to the DLT after about 6 s).
     */
    @Test
    void aTransientFailureIsRetriedUntilTheDependencyIsBackAndNeverDeadLettered() throws Exception {
        String sku = "db-down-9-" + UUID.randomUUID();
        try (TopicTail dlt = new TopicTail(kafkaBootstrapServers(), Topics.deadLetterOf(Topics.INVENTORY))) {
            kafka.send(Topics.INVENTORY, sku, envelope(sku, null)).get();

            await().atMost(Duration.ofSeconds(60)).until(() -> handledRows(sku) == 1);

            assertThat(listener.attempts(sku)).isEqualTo(10);
            assertThat(dlt.awaitRecords(rs -> true).stream().filter(r -> sku.equals(r.key()))).isEmpty();
        }
    }

    @Test
    void failuresAreClassifiedThroughTheirCauses() {
        assertThat(FailureKind.of(new RuntimeException(new NonRetryableEventException("bad", null))))
                .isEqualTo(FailureKind.POISON);
        assertThat(FailureKind.of(new RuntimeException(new java.sql.SQLException("gone", "08006"))))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new java.sql.SQLException("shutting down", "57P01"))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new org.springframework.dao.DataAccessResourceFailureException("down")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new org.apache.kafka.common.errors.TimeoutException("broker")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new IllegalStateException("bug"))).isEqualTo(FailureKind.FAILURE);
        assertThat(FailureKind.of(new java.sql.SQLException("constraint", "23505"))).isEqualTo(FailureKind.FAILURE);
    }

    @Test
    void eventsAppendedInARequestFlowCarryItsCorrelationIdToConsumers() {
        String correlationId = "req-" + UUID.randomUUID();
        var response = http().bearer(io.opendoms.testkit.TestJwt.channel("storefront", "orders:write"))
                .header("Idempotency-Key", "k1").header("X-Correlation-Id", correlationId)
                .post("/api/v1/widgets", "{\"name\":\"flow-" + correlationId + "\",\"quantity\":1}");
        assertThat(response.status()).isEqualTo(201);
        String sku = "SKU-flow-" + correlationId;
        await().atMost(Duration.ofSeconds(60)).until(() -> handledRows(sku) == 1);
        assertThat(jdbc.queryForObject("SELECT correlation_id FROM handled_event WHERE sku = ?", String.class, sku))
                .isEqualTo(correlationId);
    }

    private static List<ConsumerRecord<String, String>> records(String... messages) {
        List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
        for (String message : messages) {
            records.add(record(records.size(), message));
        }
        return records;
    }

    private static ConsumerRecord<String, String> record(long offset, String message) {
        return new ConsumerRecord<>(Topics.INVENTORY, 0, offset, "k", message);
    }

    private int handledRows(String sku) {
        return jdbc.queryForObject("SELECT count(*) FROM handled_event WHERE sku = ?", Integer.class, sku);
    }

    private static String envelope(String sku, String correlationId) {
        return EventJson.encode(EventEnvelope.wrap(WidgetService.item(sku), correlationId, Instant.now()));
    }

    private static String eventIdOf(String message) {
        return EventJson.decode(message).eventId().toString();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
