package io.opendoms.routing.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.events.routing.UnallocatedLine;
import io.opendoms.routing.support.RoutingIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Decisions after the first: units a location hands back (rejected, short-picked, cut by a shortage) are sourced
 * elsewhere, and backordered units are sourced when stock arrives, oldest order first.
 */
class RoutingTriggersIT extends RoutingIntegrationTest {

    private static final String ROUTED = "routing.order-routed";
    private static final String ALLOCATED = "routing.order-allocated";

    @Test
    void unitsARejectingLocationHandsBackAreSourcedElsewhereAndNeverThereAgain() {
        String sku = unique("SKU");
        String philadelphia = dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        UUID orderId = UUID.randomUUID();
        OrderRouted first = allocate(orderId, shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2), line("L2", sku, 1)));
        assertThat(first.shipments()).extracting(PlannedShipment::locationId).containsExactly(edison);

        publish(unfilled(orderId, edison, FulfillmentUnfilled.REJECTED, new FulfillmentLine("L1", sku, 2),
                new FulfillmentLine("L2", sku, 1)));

        OrderRouted again = awaitRouting(orderId, ROUTED, 2).get(1).payloadAs(OrderRouted.class);
        assertThat(again.trigger()).isEqualTo("REJECTED");
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(again.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).as("Edison has stock and is nearer, but rejected the order").isEqualTo(philadelphia);
            assertThat(s.lines()).containsExactlyInAnyOrder(new PlannedShipment.Line("L1", sku, 2),
                    new PlannedShipment.Line("L2", sku, 1));
        });
        publish(new StockReserved(orderId, again.decisionId(), List.of(
                new StockReserved.Reservation(philadelphia, "L1", sku, 2),
                new StockReserved.Reservation(philadelphia, "L2", sku, 1))));
        OrderAllocated allocated = awaitRouting(orderId, ALLOCATED, 2).get(1).payloadAs(OrderAllocated.class);
        assertThat(allocated.decisionId()).isEqualTo(again.decisionId());
        assertThat(allocated.backordered()).isEmpty();
        assertThat(jdbc.queryForList("SELECT line_id FROM routing_exclusion WHERE order_id = ? AND location_id = ?",
                String.class, orderId, edison)).containsExactlyInAnyOrder("L1", "L2");
    }

    @Test
    void aRejectedShipmentGivesItsDaysSlotBack() {
        String sku = unique("SKU");
        String edison = unique("DC-EDISON");
        location(edison, "DISTRIBUTION_CENTER", EDISON, List.of("SHIP"), true, 5);
        stock(edison, sku, 5);
        dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        UUID orderId = UUID.randomUUID();
        OrderRouted first = allocate(orderId, shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 1)));
        String slot = "SELECT coalesce(sum(used), 0) FROM location_capacity_used WHERE location_id = ?";
        assertThat(jdbc.queryForObject(slot, Integer.class, edison)).isEqualTo(1);
        assertThat(first.shipments()).extracting(PlannedShipment::locationId).containsExactly(edison);

        publish(unfilled(orderId, edison, FulfillmentUnfilled.REJECTED, new FulfillmentLine("L1", sku, 1)));

        awaitRouting(orderId, ROUTED, 2);
        assertThat(jdbc.queryForObject(slot, Integer.class, edison)).isZero();
    }

    @Test
    void aShortPickSourcesOnlyTheUnitsNotPickedAndTheOtherLinesStay() {
        String a = unique("SKU-A");
        String b = unique("SKU-B");
        String philadelphia = dcWith("DC-PHL", PHILADELPHIA, a, 5);
        String edison = dcWith("DC-EDISON", EDISON, a, 5);
        stock(edison, b, 5);
        UUID orderId = UUID.randomUUID();
        allocate(orderId, shipOrder(orderId, MANHATTAN_ZIP, line("L1", a, 3), line("L2", b, 1)));

        // Edison picked L1 ×2 and L2 ×1: one unit of L1 comes back
        publish(unfilled(orderId, edison, FulfillmentUnfilled.SHORT_PICKED, new FulfillmentLine("L1", a, 1)));

        OrderRouted again = awaitRouting(orderId, ROUTED, 2).get(1).payloadAs(OrderRouted.class);
        assertThat(again.trigger()).isEqualTo("SHORT_PICKED");
        assertThat(again.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo(philadelphia);
            assertThat(s.lines()).containsExactly(new PlannedShipment.Line("L1", a, 1));
        });
        assertThat(jdbc.queryForObject("SELECT scope FROM routing_decision WHERE decision_id = ?", String.class,
                again.decisionId())).contains("\"L1\"").doesNotContain("\"L2\"");
    }

    @Test
    void aFailedReservationOfAFollowUpDecisionReplansTheSameUnits() {
        String sku = unique("SKU");
        String boston = dcWith("DC-BOSTON", BOSTON, sku, 5);
        String philadelphia = dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        UUID orderId = UUID.randomUUID();
        allocate(orderId, shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 4)));
        publish(unfilled(orderId, edison, FulfillmentUnfilled.SHORTAGE, new FulfillmentLine("L1", sku, 1)));
        OrderRouted second = awaitRouting(orderId, ROUTED, 2).get(1).payloadAs(OrderRouted.class);
        assertThat(second.trigger()).isEqualTo("SHORTAGE");
        assertThat(second.shipments()).extracting(PlannedShipment::locationId).containsExactly(philadelphia);

        publish(new ReservationFailed(orderId, second.decisionId(),
                List.of(new ReservationFailed.Shortage(philadelphia, sku, 1, 0))));

        OrderRouted third = awaitRouting(orderId, ROUTED, 3).get(2).payloadAs(OrderRouted.class);
        assertThat(third.trigger()).isEqualTo("RESERVATION_FAILED");
        assertThat(third.attempt()).isEqualTo(3);
        assertThat(third.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo(boston);
            assertThat(s.lines()).as("only the handed-back unit, not the whole order")
                    .containsExactly(new PlannedShipment.Line("L1", sku, 1));
        });
        assertThat(jdbc.queryForObject("SELECT tries FROM routing_decision WHERE decision_id = ?", Integer.class,
                third.decisionId())).isEqualTo(2);
    }

    @Test
    void aRepeatedUnfilledEventIsSourcedOnce() {
        String sku = unique("SKU");
        String philadelphia = dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        UUID orderId = UUID.randomUUID();
        allocate(orderId, shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));

        EventEnvelope once = publish(unfilled(orderId, edison, FulfillmentUnfilled.REJECTED,
                new FulfillmentLine("L1", sku, 2)));
        send(once, once.key());
        awaitRouting(orderId, ROUTED, 2);
        // a marker event after the duplicate: once it is handled, the duplicate was too
        UUID marker = UUID.randomUUID();
        publish(shipOrder(marker, MANHATTAN_ZIP, line("L1", sku, 1)));
        awaitRouting(marker, ROUTED, 1);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM routing_decision WHERE order_id = ?", Integer.class,
                orderId)).isEqualTo(2);
    }

    @Test
    void handedBackUnitsNobodyHasAreBackorderedAndSourcedWhenStockArrives() {
        String sku = unique("SKU");
        String boston = unique("DC-BOSTON");
        shipLocation(boston, "DISTRIBUTION_CENTER", BOSTON); // no stock yet
        String edison = dcWith("DC-EDISON", EDISON, sku, 2);
        UUID orderId = UUID.randomUUID();
        allocate(orderId, shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));

        publish(unfilled(orderId, edison, FulfillmentUnfilled.REJECTED, new FulfillmentLine("L1", sku, 2)));

        OrderAllocated backordered = awaitRouting(orderId, ALLOCATED, 2).get(1).payloadAs(OrderAllocated.class);
        assertThat(backordered.shipments()).isEmpty();
        assertThat(backordered.backordered()).containsExactly(new UnallocatedLine("L1", sku, 2, "NO_STOCK"));

        stock(boston, sku, 3);

        OrderRouted restocked = awaitRouting(orderId, ROUTED, 2).get(1).payloadAs(OrderRouted.class);
        assertThat(restocked.trigger()).isEqualTo("RESTOCK");
        assertThat(restocked.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo(boston);
            assertThat(s.lines()).containsExactly(new PlannedShipment.Line("L1", sku, 2));
        });
        assertThat(restocked.unallocated()).isEmpty();
        publish(new StockReserved(orderId, restocked.decisionId(),
                List.of(new StockReserved.Reservation(boston, "L1", sku, 2))));
        OrderAllocated allocated = awaitRouting(orderId, ALLOCATED, 3).get(2).payloadAs(OrderAllocated.class);
        assertThat(allocated.decisionId()).isEqualTo(restocked.decisionId());
        assertThat(allocated.backordered()).isEmpty();
    }

    @Test
    void stockThatArrivesGoesToTheOldestBackorderFirstAndTheRestWaits() {
        String boston = unique("DC-BOSTON");
        String sku = unique("SKU");
        shipLocation(boston, "DISTRIBUTION_CENTER", BOSTON);
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        Instant now = Instant.now();
        // the newer order arrives first: age, not arrival, decides
        publish(ordered(shipOrder(newer, MANHATTAN_ZIP, line("L1", sku, 2)), now.minusSeconds(60)));
        publish(ordered(shipOrder(older, MANHATTAN_ZIP, line("L1", sku, 2)), now.minusSeconds(3600)));
        for (UUID order : List.of(newer, older)) {
            assertThat(awaitRouting(order, ALLOCATED, 1).getFirst().payloadAs(OrderAllocated.class).backordered())
                    .containsExactly(new UnallocatedLine("L1", sku, 2, "NO_STOCK"));
        }

        stock(boston, sku, 2); // enough for one of them

        OrderRouted restocked = awaitRouting(older, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        assertThat(restocked.trigger()).isEqualTo("RESTOCK");
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM routing_decision WHERE order_id = ?", Integer.class, newer) == 1);
        assertThat(jdbc.queryForObject("SELECT quantity FROM backorder WHERE order_id = ?", Integer.class, newer))
                .isEqualTo(2);

        stock(boston, sku, 2); // a second delivery, after the older order's reservation

        assertThat(awaitRouting(newer, ROUTED, 1).getFirst().payloadAs(OrderRouted.class).trigger())
                .isEqualTo("RESTOCK");
    }

    /** Routes the order and has inventory reserve its first decision; that decision. */
    private OrderRouted allocate(UUID orderId, OrderReceived order) {
        publish(order);
        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        publish(new StockReserved(orderId, routed.decisionId(), routed.shipments().stream()
                .flatMap(s -> s.lines().stream().map(l -> new StockReserved.Reservation(s.locationId(), l.lineId(),
                        l.sku(), l.quantity())))
                .toList()));
        awaitRouting(orderId, ALLOCATED, 1);
        return routed;
    }

    private static FulfillmentUnfilled unfilled(UUID orderId, String locationId, String reason,
                                                FulfillmentLine... lines) {
        return new FulfillmentUnfilled(UUID.randomUUID(), orderId, locationId, reason, List.of(lines), null,
                Instant.now());
    }

    private static OrderReceived ordered(OrderReceived o, Instant at) {
        return new OrderReceived(o.orderId(), o.channel(), o.externalId(), o.customerEmail(), o.shipTo(),
                o.deliveryMethod(), o.serviceLevel(), o.pickupLocationId(), o.reservationId(), o.currency(), o.lines(),
                at);
    }
}
