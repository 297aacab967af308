package io.opendoms.routing.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.events.order.OrderCancelled;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.events.routing.UnitsCancelled;
import io.opendoms.routing.support.RoutingIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cancelled units come off the backorder in routing, or go to fulfillment to cancel when they were sourced; units
 * of a decision waiting for its reservation wait with it.
 */
class RoutingCancellationIT extends RoutingIntegrationTest {

    private static final String ROUTED = "routing.order-routed";
    private static final String ALLOCATED = "routing.order-allocated";
    private static final String CANCELLED = "routing.units-cancelled";

    @Test
    void cancelledBackorderedUnitsAreCancelledByRoutingAndNeverSourcedWhenStockArrives() {
        String sku = unique("SKU");
        String boston = unique("DC-BOSTON");
        shipLocation(boston, "DISTRIBUTION_CENTER", BOSTON);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));
        awaitRouting(orderId, ALLOCATED, 1);

        publish(cancelled(orderId, new OrderCancelled.Line("L1", sku, 2)));

        UnitsCancelled units = awaitRouting(orderId, CANCELLED, 1).getFirst().payloadAs(UnitsCancelled.class);
        assertThat(units.sourced()).isEmpty();
        assertThat(units.fromBackorder()).containsExactly(new UnitsCancelled.Line("L1", sku, 2));
        stock(boston, sku, 5);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM routing_decision WHERE order_id = ?", Integer.class, orderId) == 1);
    }

    @Test
    void cancelledUnitsThatWereSourcedGoToFulfillment() {
        String sku = unique("SKU");
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 3)));
        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        publish(new StockReserved(orderId, routed.decisionId(),
                List.of(new StockReserved.Reservation(edison, "L1", sku, 3))));
        awaitRouting(orderId, ALLOCATED, 1);

        publish(cancelled(orderId, new OrderCancelled.Line("L1", sku, 1)));

        UnitsCancelled units = awaitRouting(orderId, CANCELLED, 1).getFirst().payloadAs(UnitsCancelled.class);
        assertThat(units.sourced()).containsExactly(new UnitsCancelled.Line("L1", sku, 1));
        assertThat(units.fromBackorder()).isEmpty();
    }

    @Test
    void aCancellationWaitsForTheReservationAndComesOutOfWhatAFailedDecisionWouldReplan() {
        String sku = unique("SKU");
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        String philadelphia = dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 3)));
        OrderRouted first = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);

        OrderCancelled cancel = cancelled(orderId, new OrderCancelled.Line("L1", sku, 1));
        publish(cancel);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM pending_cancellation WHERE cancellation_id = ?", Integer.class,
                cancel.cancellationId()) == 1);
        publish(new ReservationFailed(orderId, first.decisionId(),
                List.of(new ReservationFailed.Shortage(edison, sku, 3, 0))));

        OrderRouted second = awaitRouting(orderId, ROUTED, 2).get(1).payloadAs(OrderRouted.class);
        assertThat(second.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo(philadelphia);
            assertThat(s.lines()).as("the cancelled unit is not sourced again")
                    .containsExactly(new PlannedShipment.Line("L1", sku, 2));
        });
        assertThat(routingTopic.seen(e -> e.key().equals(orderId.toString()) && e.type().equals(CANCELLED)))
                .as("still waiting: the new decision is reserving").isEmpty();

        publish(new StockReserved(orderId, second.decisionId(),
                List.of(new StockReserved.Reservation(philadelphia, "L1", sku, 2))));

        UnitsCancelled units = awaitRouting(orderId, CANCELLED, 1).getFirst().payloadAs(UnitsCancelled.class);
        assertThat(units.cancellationId()).isEqualTo(cancel.cancellationId());
        assertThat(units.sourced()).isEmpty();
        assertThat(units.fromBackorder()).as("cancelled by routing: it was never sourced")
                .containsExactly(new UnitsCancelled.Line("L1", sku, 1));
    }

    @Test
    void aWholeCancellationWhileReservingEndsTheSourcingWhenTheReservationFails() {
        String sku = unique("SKU");
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));
        OrderRouted first = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        OrderCancelled cancel = cancelled(orderId, new OrderCancelled.Line("L1", sku, 2));
        publish(cancel);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM pending_cancellation WHERE cancellation_id = ?", Integer.class,
                cancel.cancellationId()) == 1);

        publish(new ReservationFailed(orderId, first.decisionId(),
                List.of(new ReservationFailed.Shortage(edison, sku, 2, 0))));

        UnitsCancelled units = awaitRouting(orderId, CANCELLED, 1).getFirst().payloadAs(UnitsCancelled.class);
        assertThat(units.fromBackorder()).containsExactly(new UnitsCancelled.Line("L1", sku, 2));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM routing_decision WHERE order_id = ?", Integer.class,
                orderId)).as("nothing left to re-plan").isEqualTo(1);
    }

    private static OrderCancelled cancelled(UUID orderId, OrderCancelled.Line... lines) {
        return new OrderCancelled(orderId, UUID.randomUUID(), false, "changed their mind", List.of(lines),
                Instant.now());
    }
}
