package io.opendoms.inventory.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.testkit.OpenDomsIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * One application context for every inventory IT (real PostgreSQL and Kafka); tests use fresh ids so that they
 * do not see each other's data.
 */
@OpenDomsIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // the hold expiry job, often enough that a test awaits it for a fraction of a second
                "opendoms.inventory.holds.expiry-interval=200ms",
                // the availability index's bound on changes it was not told of: far beyond any test's own pace, so
                // a test decides when it is reached by moving the clock (AvailabilityFreshnessIT)
                "opendoms.inventory.availability.max-age=1h"})
@Import(InventoryIntegrationTest.TestClock.class)
public abstract class InventoryIntegrationTest {

    /** A WMS or ops client that may change inventory. */
    protected static final String WRITER = TestJwt.token("wms", null, List.of("inventory:read", "inventory:write"),
            Duration.ofMinutes(30));
    /** A storefront: may read availability, not change it. */
    protected static final String READER = TestJwt.channel("storefront", "inventory:read", "orders:write");

    @LocalServerPort
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected MovableClock clock;
    @Autowired
    private ReserveStockUseCase reserveStock;

    protected TestApi api;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @BeforeEach
    void api() {
        api = new TestApi(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The ledger property, after every test of every inventory IT (they share one database): for every stock row,
     * its movements' deltas sum to its on hand and reserved, and its newest movement ends on them. One statement,
     * so one consistent snapshot, even while a listener is still working.
     */
    @AfterEach
    protected void theLedgerExplainsEveryStockLevel() {
        List<String> unexplained = jdbc.queryForList("""
                select s.location_id || '/' || s.sku || ' on hand ' || s.on_hand || ' reserved ' || s.reserved
                       || ', ledger sums ' || coalesce(m.on_hand, 0) || '/' || coalesce(m.reserved, 0)
                       || ', last ' || coalesce(last.on_hand, 0) || '/' || coalesce(last.reserved, 0)
                from stock s
                left join (select location_id, sku, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved
                           from stock_movement group by location_id, sku) m
                       on m.location_id = s.location_id and m.sku = s.sku
                left join lateral (select on_hand, reserved from stock_movement l
                                   where l.location_id = s.location_id and l.sku = s.sku
                                   order by l.id desc limit 1) last on true
                where coalesce(m.on_hand, 0) <> s.on_hand or coalesce(m.reserved, 0) <> s.reserved
                   or coalesce(last.on_hand, 0) <> s.on_hand or coalesce(last.reserved, 0) <> s.reserved""",
                String.class);
        assertThat(unexplained).as("stock levels that their ledger does not explain").isEmpty();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String location(String type, String postalCode, Double latitude, Double longitude,
                                     boolean active) {
        String coordinates = latitude == null ? "" : """
                "latitude": %s, "longitude": %s,""".formatted(latitude, longitude);
        return """
                {"name": "Location", "type": "%s", "postalCode": "%s", "country": "US", %s
                 "timeZone": "America/New_York", "capabilities": ["SHIP", "PICKUP"], "cutoffTime": "15:00",
                 "dailyCapacity": 500, "active": %s}""".formatted(type, postalCode, coordinates, active);
    }

    protected static String item(String weightKg) {
        return """
                {"name": "Item", "weightKg": %s, "returnable": true, "returnWindowDays": 30, "dcOnly": false}"""
                .formatted(weightKg);
    }

    protected void createLocation(String locationId, String postalCode) {
        expect(201, api.put("/api/v1/locations/" + locationId, WRITER, location("STORE", postalCode, null, null,
                true)));
    }

    protected void createItem(String sku) {
        expect(201, api.put("/api/v1/items/" + sku, WRITER, item("1.5")));
    }

    protected void setStock(String locationId, String sku, int onHand) {
        expect(200, api.put("/api/v1/stock/" + locationId + "/" + sku, WRITER, "{\"onHand\": " + onHand + "}"));
    }

    protected TestApi.Response adjust(String key, String json) {
        return adjust(WRITER, key, json);
    }

    protected TestApi.Response adjust(String token, String key, String json) {
        return api.send("POST", "/api/v1/stock/adjustments", token, json, Map.of("Idempotency-Key", key));
    }

    protected static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * An order with line L1 ×4 of a fresh SKU and L9 ×1 of a fresh marker SKU reserved at a fresh location holding 10
     * of each: events after those of the test that change the marker show that the test's events were handled.
     */
    protected record ReservedOrder(String locationId, String sku, String marker, UUID orderId) {
    }

    protected ReservedOrder reservedOrder(String locationPrefix) {
        ReservedOrder order = new ReservedOrder(unique(locationPrefix), unique("SKU"), unique("SKU"),
                UUID.randomUUID());
        createLocation(order.locationId(), "10001");
        createItem(order.sku());
        createItem(order.marker());
        setStock(order.locationId(), order.sku(), 10);
        setStock(order.locationId(), order.marker(), 10);
        reserveStock.reserve(new ReserveStockCommand(order.orderId(), UUID.randomUUID(), List.of(
                new ReservationLine(order.locationId(), "L1", order.sku(), 4),
                new ReservationLine(order.locationId(), "L9", order.marker(), 1))));
        return order;
    }

    protected int[] stockRow(String locationId, String sku) {
        return jdbc.query("select on_hand, reserved, safety_stock from stock where location_id = ? and sku = ?",
                rs -> rs.next() ? new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)} : null, locationId, sku);
    }

    protected int outboxCount(String type, String key) {
        return jdbc.queryForObject("select count(*) from platform_outbox where event_type = ? and event_key = ?",
                Integer.class, type, key);
    }

    protected void publish(String topic, EventEnvelope envelope) {
        try {
            kafka.send(topic, envelope.key(), EventJson.encode(envelope)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static TestApi.Response expect(int status, TestApi.Response response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response);
        }
        return response;
    }
}
