package io.opendoms.order.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventCatalog;
import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.EventPayload;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service as a black box over HTTP and Kafka, on the testkit's PostgreSQL and broker. Every IT class
 * extends this one so that they share one application context (and database): counts are compared before
 * and after, never absolute.
 */
@OpenDomsIntegrationTest
// notifications: the receivers of the tests listen on http://localhost; retries come fast
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opendoms.subscriptions.allow-insecure-urls=true", "opendoms.subscriptions.dispatch-interval=100ms",
        "opendoms.subscriptions.first-retry=300ms", "opendoms.subscriptions.max-retry-interval=1s"})
abstract class OrderServiceIT {

    static final String STOREFRONT = TestJwt.channel("storefront", "orders:read", "orders:write");
    static final String MARKETPLACE = TestJwt.channel("marketplace", "orders:read", "orders:write");
    static final String OPS = TestJwt.ops();

    private static final List<String> TABLES = List.of("orders", "order_lines", "order_fulfillments", "order_timeline",
            "idempotency_keys", "platform_outbox");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;

    Http http() {
        return new Http(port);
    }

    Http.Response place(String token, String idempotencyKey, ObjectNode order) {
        return http().post("/api/v1/orders", token, order.toString(), Map.of("Idempotency-Key", idempotencyKey));
    }

    /** Places a valid order for the token's channel and returns its id. */
    UUID placeOrder(String token, ObjectNode order) {
        Http.Response response = place(token, UUID.randomUUID().toString(), order);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    JsonNode order(UUID orderId) {
        Http.Response response = http().get("/api/v1/orders/" + orderId, OPS);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    JsonNode timeline(UUID orderId) {
        Http.Response response = http().get("/api/v1/orders/" + orderId + "/timeline", OPS);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("events");
    }

    /** Row counts of every table a request could write to. */
    Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class)));
        return counts;
    }

    EventEnvelope publish(EventPayload payload) {
        EventEnvelope envelope = EventEnvelope.wrap(payload, "it-" + UUID.randomUUID(), Instant.now());
        publish(envelope);
        return envelope;
    }

    void publish(EventEnvelope envelope) {
        kafka.send(EventCatalog.byType(envelope.type()).topic(), envelope.key(), EventJson.encode(envelope)).join();
    }

    JsonNode awaitStatus(UUID orderId, String status) {
        await().until(() -> order(orderId).get("status").asString(), status::equals);
        return order(orderId);
    }

    void awaitTimeline(UUID orderId, String type, int count) {
        await().until(() -> {
            int n = 0;
            for (JsonNode e : timeline(orderId)) {
                n += type.equals(e.get("type").asString()) ? 1 : 0;
            }
            return n;
        }, n -> n == count);
    }

    static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }
}
