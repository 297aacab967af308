package io.opendoms.routing.support;

import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventCatalog;
import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.EventPayload;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TopicTail;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * One application context for every routing IT (real PostgreSQL and Kafka). Tests use fresh location ids and
 * SKUs, so that a plan only ever sees the stock its own test set up.
 */
@OpenDomsIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RoutingIntegrationTest.TestClock.class)
public abstract class RoutingIntegrationTest {

    /** ZIP 10001 (Manhattan) and locations around it; distances from the ZIP's centroid. */
    protected static final String MANHATTAN_ZIP = "10001";
    protected static final double[] EDISON = {40.5187, -74.4121};          // 43.5 km
    protected static final double[] PHILADELPHIA = {39.9526, -75.1652};    // 132.9 km
    protected static final double[] BOSTON = {42.3601, -71.0589};          // 303.0 km
    protected static final double[] CHICAGO = {41.8781, -87.6298};         // 1144.2 km

    @LocalServerPort
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    protected MovableClock clock;

    protected TestApi api;
    protected TopicTail routingTopic;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
        routingTopic = new TopicTail(bootstrapServers, Topics.ROUTING);
    }

    @AfterEach
    void disconnect() {
        routingTopic.close();
        clock.reset();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    protected String bootstrapServers() {
        return bootstrapServers;
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected EventEnvelope publish(EventPayload payload) {
        EventEnvelope envelope = EventEnvelope.wrap(payload, unique("it"), Instant.now());
        send(envelope, envelope.key());
        return envelope;
    }

    /** Sends an envelope as is, under any record key (the key picks the partition, hence the order). */
    protected void send(EventEnvelope envelope, String recordKey) {
        String topic = EventCatalog.byType(envelope.type()).topic();
        try {
            kafka.send(topic, recordKey, EventJson.encode(envelope)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + envelope.type(), e);
        }
    }

    protected void shipLocation(String locationId, String type, double[] at) {
        location(locationId, type, at, List.of("SHIP"), true);
    }

    /** A new distribution center (a fresh id from {@code name}) that ships and holds {@code units} of the SKU. */
    protected String dcWith(String name, double[] at, String sku, int units) {
        String id = unique(name);
        shipLocation(id, "DISTRIBUTION_CENTER", at);
        stock(id, sku, units);
        return id;
    }

    protected void location(String locationId, String type, double[] at, List<String> capabilities, boolean active) {
        location(locationId, type, at, capabilities, active, 500);
    }

    /** A location of New York's time zone with a 15:00 cut-off and this many fulfillments a day (null: no limit). */
    protected void location(String locationId, String type, double[] at, List<String> capabilities, boolean active,
                            Integer dailyCapacity) {
        publish(new LocationUpserted(locationId, locationId, type, "00000", "US", at[0], at[1], "America/New_York",
                capabilities, "15:00", dailyCapacity, active, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM location_view WHERE location_id = ? AND active = ?", Integer.class,
                locationId, active) == 1);
    }

    protected void item(String sku, String weightKg) {
        publish(new ItemUpserted(sku, sku, new BigDecimal(weightKg), true, 30, false, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM item_view WHERE sku = ?", Integer.class, sku) == 1);
    }

    protected void stock(String locationId, String sku, int available) {
        publish(new StockChanged(locationId, sku, available, 0, 0, available, "SNAPSHOT"));
        awaitAvailable(locationId, sku, available);
    }

    protected void awaitAvailable(String locationId, String sku, int available) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM stock_view WHERE location_id = ? AND sku = ? AND available = ?",
                Integer.class, locationId, sku, available) == 1);
    }

    protected static OrderReceived shipOrder(UUID orderId, String postalCode, OrderReceived.Line... lines) {
        return new OrderReceived(orderId, "storefront", null, "buyer@example.com",
                new OrderReceived.ShipTo(postalCode, "US", null, null), "SHIP", "STANDARD", null, null, "USD",
                List.of(lines), Instant.now());
    }

    protected static OrderReceived.Line line(String lineId, String sku, int quantity) {
        return new OrderReceived.Line(lineId, sku, quantity, new BigDecimal("10.00"));
    }

    /** Waits for the routing events of an order until there are {@code count} of {@code type}. */
    protected List<EventEnvelope> awaitRouting(UUID orderId, String type, int count) {
        return routingTopic.awaitEnvelopes(orderId.toString(),
                events -> events.stream().filter(e -> e.type().equals(type)).count() >= count)
                .stream().filter(e -> e.type().equals(type)).toList();
    }
}
