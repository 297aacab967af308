package io.opendoms.inventory.adapter.messaging;

import static io.opendoms.inventory.support.RoutingDecisions.from;
import static io.opendoms.inventory.support.RoutingDecisions.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TopicTail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An order placed with a checkout hold takes the held units over instead of reserving them a second time. */
class HoldConversionIT extends InventoryIntegrationTest {

    @Autowired
    private ReserveStockUseCase reserveStock;

    private TopicTail reservationsTopic;
    private String dc;
    private String store;
    private String sku;
    private String other;

    @BeforeEach
    void network() {
        reservationsTopic = new TopicTail(bootstrapServers, Topics.INVENTORY_RESERVATIONS);
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
    }

    @Test
    void anOrderNamingItsHoldTakesTheHeldUnitsOverAndTheSurplusIsReleased() {
        setStock(dc, sku, 10);
        setStock(dc, other, 4);
        UUID holdId = hold(3, 2, 600);
        assertThat(stockRow(dc, sku)).containsExactly(10, 3, 0);
        assertThat(stockRow(dc, other)).containsExactly(4, 2, 0);
        // 5 of the held SKU (3 held + 2 more), 1 of the other (1 of 2 held: 1 surplus)
        OrderRouted routed = new OrderRouted(UUID.randomUUID(), UUID.randomUUID(), "ORDER_RECEIVED", 1,
                List.of(from(dc, units("L1", sku, 5), units("L2", other, 1))),
                List.of(), holdId);

        publish(Topics.ROUTING, EventEnvelope.wrap(routed, null, Instant.now()));

        HoldEnded ended = EventJson.decode(reservationsTopic.awaitRecord(e -> e.key().equals(holdId.toString())
                && e.type().equals("inventory.hold-ended")).value()).payloadAs(HoldEnded.class);
        assertThat(ended).isEqualTo(new HoldEnded(holdId, HoldEnded.CONVERTED, routed.orderId()));
        StockReserved reserved = EventJson.decode(reservationsTopic.awaitRecord(e -> e.key().equals(
                routed.orderId().toString())).value()).payloadAs(StockReserved.class);
        assertThat(reserved.reservations()).containsExactlyInAnyOrder(
                new StockReserved.Reservation(dc, "L1", sku, 5), new StockReserved.Reservation(dc, "L2", other, 1));
        // reserved moved only by what the hold did not cover (+2) and by the surplus given back (-1)
        assertThat(stockRow(dc, sku)).containsExactly(10, 5, 0);
        assertThat(stockRow(dc, other)).containsExactly(4, 1, 0);
        assertThat(jdbc.queryForMap("select status, order_id from checkout_hold where id = ?", holdId))
                .containsEntry("status", "CONVERTED").containsEntry("order_id", routed.orderId());
        assertThat(movements(dc, sku)).containsExactly("RESERVATION +2", "CONVERSION +0", "HOLD +3", "SNAPSHOT +0");
        assertThat(movements(dc, other)).containsExactly("RELEASE -1", "CONVERSION +0", "HOLD +2", "SNAPSHOT +0");
    }

    @Test
    void theSameDecisionTwiceConvertsOnceAndAConvertedHoldIsNotTakenAgain() {
        setStock(dc, sku, 10);
        UUID holdId = hold(3, 0, 600);
        ReserveStockCommand order = new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, 3)), holdId);

        reserveStock.reserve(order);
        reserveStock.reserve(order);
        assertThat(stockRow(dc, sku)).containsExactly(10, 3, 0);

        // another order naming the same (converted) hold reserves like any order
        reserveStock.reserve(new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, 2)), holdId));

        assertThat(stockRow(dc, sku)).containsExactly(10, 5, 0);
        assertThat(outboxCount("inventory.hold-ended", holdId.toString())).isEqualTo(1);
    }

    @Test
    void anExpiredHoldIsNotConvertedAndTheOrderReservesLikeAnyOther() {
        setStock(dc, sku, 10);
        UUID holdId = hold(4, 0, 60);
        clock.advance(Duration.ofSeconds(61));

        reserveStock.reserve(new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, 2)), holdId));

        // the expired hold's units went back (by the job, or by the reservation itself if it came first)
        await().atMost(Duration.ofSeconds(10)).until(() -> stockRow(dc, sku)[1] == 2);
        assertThat(jdbc.queryForObject("select status from checkout_hold where id = ?", String.class, holdId))
                .isEqualTo("EXPIRED");
        assertThat(outboxCount("inventory.hold-ended", holdId.toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select payload from platform_outbox where event_type = ? and event_key = ?",
                String.class, "inventory.hold-ended", holdId.toString())).contains("\"EXPIRED\"");
    }

    @Test
    void aHoldAtAnotherLocationIsConvertedAndReleasedWhenTheOrderShipsFromElsewhere() {
        setStock(dc, sku, 10);
        setStock(store, sku, 10);
        UUID holdId = hold(3, 0, 600);

        reserveStock.reserve(new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(store, "L1", sku, 3)), holdId));

        assertThat(stockRow(dc, sku)).containsExactly(10, 0, 0);
        assertThat(stockRow(store, sku)).containsExactly(10, 3, 0);
    }

    @Test
    void aFailedDecisionLeavesTheHoldAsItWas() {
        setStock(dc, sku, 4);
        UUID holdId = hold(3, 0, 600);

        reserveStock.reserve(new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, 5)), holdId));

        assertThat(stockRow(dc, sku)).containsExactly(4, 3, 0);
        assertThat(jdbc.queryForObject("select status from checkout_hold where id = ?", String.class, holdId))
                .isEqualTo("ACTIVE");
    }

    /** A hold at the DC of {@code quantity} of the SKU and {@code otherQuantity} of the other (0: no line). */
    private UUID hold(int quantity, int otherQuantity, int ttlSeconds) {
        String lines = "{\"sku\": \"%s\", \"quantity\": %d}".formatted(sku, quantity)
                + (otherQuantity == 0 ? "" : ", {\"sku\": \"%s\", \"quantity\": %d}".formatted(other, otherQuantity));
        return UUID.fromString(expect(201, api.post("/api/v1/reservations", READER, """
                {"lines": [%s], "locationId": "%s", "ttlSeconds": %d}""".formatted(lines, dc, ttlSeconds)))
                .json().path("id").asString());
    }

    private List<String> movements(String locationId, String sku) {
        return jdbc.queryForList("""
                select kind || ' ' || case when reserved_delta >= 0 then '+' else '' end || reserved_delta
                from stock_movement where location_id = ? and sku = ? order by id desc""",
                String.class, locationId, sku);
    }
}
