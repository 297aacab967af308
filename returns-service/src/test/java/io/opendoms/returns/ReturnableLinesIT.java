package io.opendoms.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventCatalog;
import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.EventPayload;
import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.returns.application.RecordDeliveredLinesCommand;
import io.opendoms.returns.application.RecordDeliveredLinesUseCase;
import io.opendoms.returns.application.RecordOrderedLinesCommand;
import io.opendoms.returns.application.RecordOrderedLinesUseCase;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@OpenDomsIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnableLinesIT {

    private static final Instant DELIVERED_AT = Instant.parse("2026-11-25T14:30:00Z");

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordOrderedLinesUseCase recordOrderedLines;
    @Autowired
    RecordDeliveredLinesUseCase recordDeliveredLines;

    @Test
    void recordsOrderedAndDeliveredQuantitiesOnceEach() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID firstShipment = UUID.randomUUID();
        EventEnvelope received = envelope(orderReceived(orderId));
        EventEnvelope firstDelivery = envelope(delivered(orderId, firstShipment, new FulfillmentLine("L1", "SKU-1", 2)));

        publish(received);
        publish(received);
        publish(firstDelivery);
        publish(firstDelivery);
        // the same fulfillment order's delivery announced again under a new event id
        publish(envelope(delivered(orderId, firstShipment, new FulfillmentLine("L1", "SKU-1", 2))));
        // same key, same partition: once this one is recorded, the ones before it have been handled
        publish(envelope(delivered(orderId, UUID.randomUUID(), new FulfillmentLine("L1", "SKU-1", 1),
                new FulfillmentLine("L2", "SKU-2", 1))));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(orderId), rows -> rows.size() == 2
                && rows.stream().allMatch(r -> r.get("ordered_qty") != null)
                && rows.get(1).get("delivered_qty").equals(1));
        List<Map<String, Object>> rows = rows(orderId);
        assertThat(rows.get(0)).containsEntry("line_id", "L1").containsEntry("sku", "SKU-1")
                .containsEntry("ordered_qty", 3).containsEntry("delivered_qty", 3)
                .containsEntry("channel", "storefront").containsEntry("currency", "USD");
        assertThat((BigDecimal) rows.get(0).get("unit_price")).isEqualByComparingTo("19.99");
        assertThat(rows.get(1)).containsEntry("line_id", "L2").containsEntry("ordered_qty", 1)
                .containsEntry("delivered_qty", 1);
        assertThat(((Timestamp) rows.get(1).get("delivered_at")).toInstant()).isEqualTo(DELIVERED_AT);
    }

    @Test
    void aDeliveryThatOvertakesItsOrderIsKept() throws Exception {
        UUID orderId = UUID.randomUUID();

        publish(envelope(delivered(orderId, UUID.randomUUID(), new FulfillmentLine("L1", "SKU-1", 2))));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(orderId), rows -> rows.size() == 1);
        assertThat(rows(orderId).getFirst()).containsEntry("delivered_qty", 2).containsEntry("ordered_qty", null);

        publish(envelope(orderReceived(orderId)));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(orderId), rows -> rows.size() == 2
                && rows.getFirst().get("ordered_qty") != null);
        assertThat(rows(orderId).getFirst()).containsEntry("ordered_qty", 3).containsEntry("delivered_qty", 2);
    }

    /**
     * The two topics have their own listener threads: an order and its deliveries are recorded by concurrent
     * transactions on the same rows, and neither may erase what the other wrote. Each write must succeed at once
     * (no retry here), though the second delivery lists its lines in the opposite order to the order's.
     */
    @Test
    void keepsTheOrderAndEveryDeliveryOfALineWhenTheyAreRecordedAtOnce() throws Exception {
        List<UUID> orderIds = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID()).toList();
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            for (UUID orderId : orderIds) {
                CyclicBarrier start = new CyclicBarrier(3);
                List<Callable<Void>> writers = List.of(
                        atOnce(start, () -> recordOrderedLines.record(new RecordOrderedLinesCommand(orderId,
                                "storefront", "USD", List.of(
                                        new RecordOrderedLinesCommand.Line("L1", "SKU-1", 3, new BigDecimal("19.99")),
                                        new RecordOrderedLinesCommand.Line("L2", "SKU-2", 1, new BigDecimal("5.00")))))),
                        atOnce(start, () -> recordDeliveredLines.record(new RecordDeliveredLinesCommand(orderId,
                                UUID.randomUUID(), DELIVERED_AT,
                                List.of(new RecordDeliveredLinesCommand.Line("L1", "SKU-1", 2))))),
                        atOnce(start, () -> recordDeliveredLines.record(new RecordDeliveredLinesCommand(orderId,
                                UUID.randomUUID(), DELIVERED_AT.plusSeconds(60), List.of(
                                        new RecordDeliveredLinesCommand.Line("L2", "SKU-2", 1),
                                        new RecordDeliveredLinesCommand.Line("L1", "SKU-1", 1))))));
                for (Future<Void> written : threads.invokeAll(writers)) {
                    written.get();
                }
            }
        }

        assertThat(orderIds).allSatisfy(orderId -> assertThat(rows(orderId))
                .extracting(r -> r.get("line_id"), r -> r.get("ordered_qty"), r -> r.get("currency"),
                        r -> r.get("delivered_qty"), r -> ((Timestamp) r.get("delivered_at")).toInstant())
                .as("lines of order %s", orderId)
                .containsExactly(tuple("L1", 3, "USD", 3, DELIVERED_AT.plusSeconds(60)),
                        tuple("L2", 1, "USD", 1, DELIVERED_AT.plusSeconds(60))));
    }

    @Test
    void startsAsAServiceWithHealthAndApiDocs() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> docs = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
            assertThat(docs.statusCode()).isEqualTo(200);
        }
    }

    private static Callable<Void> atOnce(CyclicBarrier start, Runnable write) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            write.run();
            return null;
        };
    }

    private static OrderReceived orderReceived(UUID orderId) {
        return new OrderReceived(orderId, "storefront", "EXT-1", "ada@example.com",
                new OrderReceived.ShipTo("10001", "US", null, null), "SHIP", "STANDARD", null, null, "USD",
                List.of(new OrderReceived.Line("L1", "SKU-1", 3, new BigDecimal("19.99")),
                        new OrderReceived.Line("L2", "SKU-2", 1, new BigDecimal("5.00"))),
                Instant.parse("2026-11-22T18:00:00Z"));
    }

    private static FulfillmentDelivered delivered(UUID orderId, UUID fulfillmentId, FulfillmentLine... lines) {
        return new FulfillmentDelivered(fulfillmentId, orderId, "DC-NJ", List.of(lines), "1Z" + fulfillmentId,
                DELIVERED_AT);
    }

    private static EventEnvelope envelope(EventPayload payload) {
        return EventEnvelope.wrap(payload, "it", Instant.now());
    }

    private void publish(EventEnvelope envelope) throws Exception {
        String topic = EventCatalog.byType(envelope.type()).topic();
        kafka.send(topic, envelope.key(), EventJson.encode(envelope)).get(10, TimeUnit.SECONDS);
    }

    private List<Map<String, Object>> rows(UUID orderId) {
        return jdbc.queryForList("select * from returnable_line where order_id = ? order by line_id", orderId);
    }
}
