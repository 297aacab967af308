package io.opendoms.order.it;

import static io.opendoms.order.it.OrderRequests.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.order.OrderServiceApplication;
import io.opendoms.testkit.InfrastructureAvailableExtension;
import io.opendoms.testkit.TestDatabase;
import io.opendoms.testkit.TestInfrastructure;
import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Killing the order service between capture and allocation loses nothing: an order captured while its event
 * could not be published is published by the next instance on the same database, and then follows the flow.
 */
@ExtendWith(InfrastructureAvailableExtension.class)
class CaptureSurvivesRestartIT {

    private static final String OPS = TestJwt.ops();

    @Test
    void anOrderCapturedBeforeACrashIsPublishedAndAllocatedAfterTheRestart() {
        TestDatabase database = TestInfrastructure.newDatabase();
        UUID orderId;

        try (ConfigurableApplicationContext first = start(database, false)) {
            Http.Response created = new Http(port(first)).post("/api/v1/orders", OPS, anOrder().toString(),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            orderId = UUID.fromString(created.json().get("id").asString());
            assertThat(first.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from platform_outbox where event_key = ? and published_at is null",
                    Integer.class, orderId.toString())).as("captured, not yet published").isEqualTo(1);
        }

        try (ConfigurableApplicationContext second = start(database, true)) {
            EventEnvelope received = KafkaRecords.awaitEnvelope(Topics.ORDERS, orderId.toString());
            assertThat(received.type()).isEqualTo("order.received");

            EventEnvelope released = EventEnvelope.wrap(OrderEventsIT.released(orderId, UUID.randomUUID(),
                    OrderEventsIT.line("1", 2), OrderEventsIT.line("2", 3)), "it-restart", Instant.now());
            @SuppressWarnings("unchecked")
            KafkaTemplate<String, String> kafka = second.getBean(KafkaTemplate.class);
            kafka.send(Topics.FULFILLMENT, released.key(), EventJson.encode(released)).join();

            Http http = new Http(port(second));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                    () -> http.get("/api/v1/orders/" + orderId, OPS).json().get("status").asString(),
                    "ALLOCATED"::equals);
        }
    }

    /** The service on the given database, as the launcher starts it: configuration on the command line. */
    private static ConfigurableApplicationContext start(TestDatabase database, boolean relayOn) {
        String group = "order-service-" + UUID.randomUUID().toString().substring(0, 8);
        TestInfrastructure.startGroupAtEnd(group, TestInfrastructure.contractTopics());
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=" + group,
                "--opendoms.outbox.enabled=" + relayOn));
        args.addAll(TestJwt.resourceServerArgs());
        return new SpringApplicationBuilder(OrderServiceApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
