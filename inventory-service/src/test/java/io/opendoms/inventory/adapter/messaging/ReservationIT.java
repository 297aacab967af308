package io.opendoms.inventory.adapter.messaging;

import static io.opendoms.inventory.support.RoutingDecisions.decision;
import static io.opendoms.inventory.support.RoutingDecisions.from;
import static io.opendoms.inventory.support.RoutingDecisions.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TopicTail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReservationIT extends InventoryIntegrationTest {

    @Autowired
    private ReserveStockUseCase reserveStock;

    private TopicTail reservationsTopic;
    private TopicTail inventoryTopic;
    private String dc;
    private String store;
    private String sku;
    private String other;

    @BeforeEach
    void network() {
        reservationsTopic = new TopicTail(bootstrapServers, Topics.INVENTORY_RESERVATIONS);
        inventoryTopic = new TopicTail(bootstrapServers, Topics.INVENTORY);
        dc = unique("DC");
        store = unique("STORE");
        sku = unique("SKU");
        other = unique("SKU");
        createLocation(dc, "10001");
        createLocation(store, "02108");
        createItem(sku);
        createItem(other);
    }

    @AfterEach
    void close() {
        reservationsTopic.close();
        inventoryTopic.close();
    }

    @Test
    void reservesEveryLineOfARoutingDecision() {
        setStock(dc, sku, 10);
        setStock(store, sku, 3);
        setStock(store, other, 5);
        OrderRouted routed = decision(UUID.randomUUID(),
                from(dc, units("L1", sku, 4)),
                from(store, units("L2", sku, 3), units("L3", other, 5)));

        publish(Topics.ROUTING, EventEnvelope.wrap(routed, "corr-reserve", Instant.now()));

        EventEnvelope reserved = EventJson.decode(reservationsTopic.awaitRecord(e -> e.key().equals(
                routed.orderId().toString())).value());
        assertThat(reserved.type()).isEqualTo("inventory.stock-reserved");
        assertThat(reserved.correlationId()).isEqualTo("corr-reserve");
        StockReserved payload = reserved.payloadAs(StockReserved.class);
        assertThat(payload.decisionId()).isEqualTo(routed.decisionId());
        assertThat(payload.reservations()).containsExactlyInAnyOrder(
                new StockReserved.Reservation(dc, "L1", sku, 4),
                new StockReserved.Reservation(store, "L2", sku, 3),
                new StockReserved.Reservation(store, "L3", other, 5));
        assertThat(stockRow(dc, sku)).containsExactly(10, 4, 0);
        assertThat(stockRow(store, sku)).containsExactly(3, 3, 0);
        assertThat(stockRow(store, other)).containsExactly(5, 5, 0);
        assertThat(jdbc.queryForList("select status from reservation where order_id = ?", String.class,
                routed.orderId())).containsExactly("ACTIVE", "ACTIVE", "ACTIVE");
        StockChanged changed = inventoryTopic.awaitRecord(e -> e.type().equals("inventory.stock-changed")
                        && e.payloadAs(StockChanged.class).reason().equals("RESERVED")
                        && e.payloadAs(StockChanged.class).locationId().equals(dc))
                .value().transform(v -> EventJson.decode(v).payloadAs(StockChanged.class));
        assertThat(changed).isEqualTo(new StockChanged(dc, sku, 10, 4, 0, 6, "RESERVED"));
    }

    @Test
    void reservesNothingWhenOneLineIsShort() {
        setStock(dc, sku, 10);
        setStock(dc, other, 2);
        OrderRouted routed = decision(UUID.randomUUID(),
                from(dc, units("L1", sku, 4), units("L2", other, 5)),
                from(store, units("L3", sku, 1)));

        publish(Topics.ROUTING, EventEnvelope.wrap(routed, null, Instant.now()));

        EventEnvelope failed = EventJson.decode(reservationsTopic.awaitRecord(e -> e.key().equals(
                routed.orderId().toString())).value());
        assertThat(failed.type()).isEqualTo("inventory.reservation-failed");
        assertThat(failed.payloadAs(ReservationFailed.class)).isEqualTo(new ReservationFailed(routed.orderId(),
                routed.decisionId(), List.of(
                new ReservationFailed.Shortage(dc, other, 5, 2),
                new ReservationFailed.Shortage(store, sku, 1, 0))));
        assertThat(stockRow(dc, sku)).containsExactly(10, 0, 0);
        assertThat(stockRow(dc, other)).containsExactly(2, 0, 0);
        assertThat(jdbc.queryForObject("select count(*) from reservation where order_id = ?", Integer.class,
                routed.orderId())).isZero();
    }

    @Test
    void aLocationDeactivatedSinceTheDecisionAllocatesNothing() {
        setStock(dc, sku, 10);
        setStock(store, sku, 10);
        expect(200, api.put("/api/v1/locations/" + store, WRITER, location("STORE", "02108", null, null, false)));
        OrderRouted routed = decision(UUID.randomUUID(), from(dc, units("L1", sku, 1)),
                from(store, units("L2", sku, 2)));

        publish(Topics.ROUTING, EventEnvelope.wrap(routed, null, Instant.now()));

        EventEnvelope failed = EventJson.decode(reservationsTopic.awaitRecord(e -> e.key().equals(
                routed.orderId().toString())).value());
        assertThat(failed.payloadAs(ReservationFailed.class).shortages())
                .containsExactly(new ReservationFailed.Shortage(store, sku, 2, 0));
        assertThat(stockRow(store, sku)).containsExactly(10, 0, 0);
        assertThat(stockRow(dc, sku)).as("all or nothing").containsExactly(10, 0, 0);
    }

    @Test
    void aDuplicateDeliveryReservesOnce() {
        setStock(dc, sku, 10);
        setStock(dc, other, 10);
        UUID orderId = UUID.randomUUID();
        EventEnvelope envelope = EventEnvelope.wrap(decision(orderId, from(dc, units("L1", sku, 3))), null,
                Instant.now());
        // same order, so the same partition: once the marker is handled, both copies before it have been too
        EventEnvelope marker = EventEnvelope.wrap(decision(orderId, from(dc, units("L2", other, 1))), null,
                Instant.now());

        publish(Topics.ROUTING, envelope);
        publish(Topics.ROUTING, envelope);
        publish(Topics.ROUTING, marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> stockRow(dc, other)[1] == 1);
        assertThat(stockRow(dc, sku)).containsExactly(10, 3, 0);
        assertThat(jdbc.queryForObject("select count(*) from reservation where order_id = ? and sku = ?",
                Integer.class, orderId, sku)).isEqualTo(1);
        // the relay publishes in outbox order: the marker's answer comes after every answer to the copies
        reservationsTopic.awaitRecord(e -> e.key().equals(orderId.toString())
                && e.payloadAs(StockReserved.class).decisionId().equals(marker.payloadAs(OrderRouted.class).decisionId()));
        assertThat(reservationsTopic.seen(e -> e.key().equals(orderId.toString())
                && e.payloadAs(StockReserved.class).decisionId().equals(envelope.payloadAs(OrderRouted.class)
                        .decisionId()))).hasSize(1);
    }

    @Test
    void theSameDecisionSentAgainAsANewEventIsNotReservedTwice() {
        setStock(dc, sku, 10);
        ReserveStockCommand command = new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, 2)));

        reserveStock.reserve(command);
        reserveStock.reserve(command);

        assertThat(stockRow(dc, sku)).containsExactly(10, 2, 0);
    }

    @Test
    void twentyConcurrentBuyersNeverOversellTenUnits() throws Exception {
        setStock(dc, sku, 10);
        List<Future<?>> attempts = race(20, i -> new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, 1))));

        for (Future<?> attempt : attempts) {
            attempt.get(60, TimeUnit.SECONDS);
        }

        assertThat(stockRow(dc, sku)).containsExactly(10, 10, 0);
        assertThat(jdbc.queryForObject("select count(*) from reservation where location_id = ? and sku = ?",
                Integer.class, dc, sku)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from platform_outbox where event_type = ? and payload like ?",
                Integer.class, "inventory.reservation-failed", "%" + sku + "%")).isEqualTo(10);
    }

    @Test
    void decisionsLockingTheSameRowsInOppositeLineOrderDoNotDeadlock() throws Exception {
        setStock(dc, sku, 100);
        setStock(dc, other, 100);
        List<Future<?>> attempts = race(20, i -> new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                i % 2 == 0
                        ? List.of(new ReservationLine(dc, "L1", sku, 1), new ReservationLine(dc, "L2", other, 1))
                        : List.of(new ReservationLine(dc, "L1", other, 1), new ReservationLine(dc, "L2", sku, 1))));

        for (Future<?> attempt : attempts) {
            attempt.get(60, TimeUnit.SECONDS);
        }

        assertThat(stockRow(dc, sku)).containsExactly(100, 20, 0);
        assertThat(stockRow(dc, other)).containsExactly(100, 20, 0);
    }

    private List<Future<?>> race(int buyers, java.util.function.IntFunction<ReserveStockCommand> command) {
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < buyers; i++) {
                ReserveStockCommand each = command.apply(i);
                attempts.add(pool.submit(() -> {
                    start.await();
                    reserveStock.reserve(each);
                    return null;
                }));
            }
            start.countDown();
            return attempts;
        } finally {
            pool.shutdown();
        }
    }
}
