package io.opendoms.routing.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.HoldPlaced;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.events.routing.UnallocatedLine;
import io.opendoms.routing.support.RoutingIntegrationTest;
import io.opendoms.testkit.TopicTail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutingFlowIT extends RoutingIntegrationTest {

    private static final String ROUTED = "routing.order-routed";
    private static final String ALLOCATED = "routing.order-allocated";
    private static final double[] ATLANTA = {33.7490, -84.3880}; // downtown, 5.4 km from the mean of the 303xx

    @Test
    void routesAnOrderToTheNearestLocationThatHasEverything() {
        String near = unique("DC-EDISON");
        String far = unique("DC-CHICAGO");
        String sku = unique("SKU");
        shipLocation(near, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(far, "DISTRIBUTION_CENTER", CHICAGO);
        item(sku, "1.2");
        stock(near, sku, 10);
        stock(far, sku, 10);
        UUID orderId = UUID.randomUUID();

        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));

        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        assertThat(routed.trigger()).isEqualTo("ORDER_RECEIVED");
        assertThat(routed.attempt()).isEqualTo(1);
        assertThat(routed.unallocated()).isEmpty();
        assertThat(routed.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo(near);
            assertThat(s.shipmentId()).isEqualTo(routed.decisionId() + "-1");
            assertThat(s.fulfillmentType()).isEqualTo("SHIP");
            assertThat(s.lines()).containsExactly(new PlannedShipment.Line("L1", sku, 2));
            assertThat(s.distanceKm()).isEqualTo(43.5);
            // zone 1, 2.4 kg → 2.5 kg billable: PARCEL_B GROUND 5.50 + 0.45 × 2.5 = 6.63 (6.625 half up)
            assertThat(s.carrier()).isEqualTo("PARCEL_B");
            assertThat(s.service()).isEqualTo("GROUND");
            assertThat(s.shipDate()).isNotNull();
            assertThat(s.promisedDeliveryDate()).isAfter(s.shipDate());
            // + handling 1.50 + 0.25 × 2
            assertThat(s.cost()).isEqualByComparingTo("8.63");
        });
        assertThat(jdbc.queryForObject("SELECT status FROM routing_decision WHERE decision_id = ?", String.class,
                routed.decisionId())).isEqualTo("RESERVING");
    }

    @Test
    void anOrderNamingACheckoutHoldIsSourcedFromTheHeldLocationAndNamesTheHold() {
        String near = unique("DC-EDISON");
        String store = unique("STORE-PHILADELPHIA");
        String sku = unique("SKU");
        shipLocation(near, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(store, "STORE", PHILADELPHIA);
        item(sku, "1.2");
        stock(near, sku, 10);
        stock(store, sku, 0); // the hold took the store's last units: routing sees nothing available there
        UUID holdId = UUID.randomUUID();
        publish(new HoldPlaced(holdId, Instant.now().plusSeconds(900), List.of(new HoldPlaced.Line(store, sku, 2))));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM hold_view WHERE hold_id = ?", Integer.class, holdId) == 1);
        UUID orderId = UUID.randomUUID();
        OrderReceived order = shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2));

        publish(new OrderReceived(order.orderId(), order.channel(), order.externalId(), order.customerEmail(),
                order.shipTo(), order.deliveryMethod(), order.serviceLevel(), order.pickupLocationId(), holdId,
                order.currency(), order.lines(), order.receivedAt()));

        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        assertThat(routed.reservationId()).isEqualTo(holdId);
        assertThat(routed.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).as("the held store, though Edison is nearer and cheaper").isEqualTo(store);
            assertThat(s.lines()).containsExactly(new PlannedShipment.Line("L1", sku, 2));
        });
    }

    @Test
    void splitsAcrossLocationsAndLeavesWhatNobodyHasUnallocated() {
        // the engine allocates what it can: Philadelphia's one unit of C ships, the other is unallocated
        String edison = unique("DC-EDISON");
        String philadelphia = unique("DC-PHL");
        String a = unique("SKU-A");
        String b = unique("SKU-B");
        String c = unique("SKU-C");
        shipLocation(edison, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(philadelphia, "DISTRIBUTION_CENTER", PHILADELPHIA);
        stock(edison, a, 5);
        stock(philadelphia, b, 5);
        stock(philadelphia, c, 1);
        UUID orderId = UUID.randomUUID();

        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", a, 1), line("L2", b, 1), line("L3", c, 2)));

        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        assertThat(routed.shipments()).extracting(PlannedShipment::locationId, PlannedShipment::shipmentId)
                .containsExactly(
                        tuple(edison, routed.decisionId() + "-1"),
                        tuple(philadelphia, routed.decisionId() + "-2"));
        assertThat(routed.unallocated()).containsExactly(new UnallocatedLine("L3", c, 1, "NO_STOCK"));
    }

    @Test
    void settlesTheOrderWhenInventoryReservesTheDecision() {
        String dc = unique("DC-EDISON");
        String sku = unique("SKU");
        shipLocation(dc, "DISTRIBUTION_CENTER", EDISON);
        stock(dc, sku, 3);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 3)));
        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);

        publish(new StockReserved(orderId, routed.decisionId(),
                List.of(new StockReserved.Reservation(dc, "L1", sku, 3))));

        OrderAllocated allocated = awaitRouting(orderId, ALLOCATED, 1).getFirst().payloadAs(OrderAllocated.class);
        assertThat(allocated.decisionId()).isEqualTo(routed.decisionId());
        assertThat(allocated.shipments()).isEqualTo(routed.shipments());
        assertThat(allocated.unallocated()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM routing_decision WHERE decision_id = ?", String.class,
                routed.decisionId())).isEqualTo("ALLOCATED");
    }

    @Test
    void reroutesToAnotherLocationWhenTheReservationFails() {
        String edison = unique("DC-EDISON");
        String philadelphia = unique("DC-PHL");
        String sku = unique("SKU");
        shipLocation(edison, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(philadelphia, "DISTRIBUTION_CENTER", PHILADELPHIA);
        stock(edison, sku, 5);
        stock(philadelphia, sku, 5);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));
        OrderRouted first = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        assertThat(first.shipments()).extracting(PlannedShipment::locationId).containsExactly(edison);

        publish(new ReservationFailed(orderId, first.decisionId(),
                List.of(new ReservationFailed.Shortage(edison, sku, 2, 1))));

        OrderRouted second = awaitRouting(orderId, ROUTED, 2).get(1).payloadAs(OrderRouted.class);
        assertThat(second.decisionId()).isNotEqualTo(first.decisionId());
        assertThat(second.trigger()).isEqualTo("RESERVATION_FAILED");
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.shipments()).extracting(PlannedShipment::locationId).containsExactly(philadelphia);
        awaitAvailable(edison, sku, 1);
        assertThat(jdbc.queryForObject("SELECT status FROM routing_decision WHERE decision_id = ?", String.class,
                first.decisionId())).isEqualTo("RESERVATION_FAILED");
    }

    @Test
    void givesUpAfterThreeFailedReservationsAndLeavesEverythingUnallocated() {
        String sku = unique("SKU");
        List<String> locations = List.of(unique("DC-EDISON"), unique("DC-PHL"), unique("DC-BOSTON"),
                unique("DC-CHICAGO"));
        shipLocation(locations.get(0), "DISTRIBUTION_CENTER", EDISON);
        shipLocation(locations.get(1), "DISTRIBUTION_CENTER", PHILADELPHIA);
        shipLocation(locations.get(2), "DISTRIBUTION_CENTER", BOSTON);
        shipLocation(locations.get(3), "DISTRIBUTION_CENTER", CHICAGO);
        locations.forEach(l -> stock(l, sku, 5));
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));

        for (int attempt = 1; attempt <= 3; attempt++) {
            OrderRouted routed = awaitRouting(orderId, ROUTED, attempt).get(attempt - 1).payloadAs(OrderRouted.class);
            assertThat(routed.attempt()).isEqualTo(attempt);
            assertThat(routed.shipments()).extracting(PlannedShipment::locationId)
                    .containsExactly(locations.get(attempt - 1));
            publish(new ReservationFailed(orderId, routed.decisionId(),
                    List.of(new ReservationFailed.Shortage(locations.get(attempt - 1), sku, 2, 0))));
        }

        OrderAllocated allocated = awaitRouting(orderId, ALLOCATED, 1).getFirst().payloadAs(OrderAllocated.class);
        assertThat(allocated.shipments()).isEmpty();
        assertThat(allocated.unallocated()).containsExactly(new UnallocatedLine("L1", sku, 2, "NO_STOCK"));
        assertThat(jdbc.queryForList("SELECT status FROM routing_decision WHERE order_id = ? ORDER BY attempt",
                String.class, orderId))
                .containsExactly("RESERVATION_FAILED", "RESERVATION_FAILED", "RESERVATION_FAILED", "ALLOCATED");
    }

    @Test
    void routesAnOrderToAZipWithoutCensusAreaFromTheLocationNearestItsPrefix() {
        String atlanta = unique("STORE-ATLANTA");
        String chicago = unique("DC-CHICAGO");
        String sku = unique("SKU");
        shipLocation(atlanta, "STORE", ATLANTA);
        shipLocation(chicago, "DISTRIBUTION_CENTER", CHICAGO);
        item(sku, "0.5");
        stock(atlanta, sku, 4);
        stock(chicago, sku, 4);
        UUID orderId = UUID.randomUUID();

        // 30301 (Atlanta's main post office boxes) has no census area: the mean centroid of the 303xx ones
        publish(shipOrder(orderId, "30301", line("L1", sku, 1)));

        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        assertThat(routed.unallocated()).isEmpty();
        assertThat(routed.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo(atlanta);
            assertThat(s.distanceKm()).isEqualTo(5.4);
        });
    }

    @Test
    void allocatesNothingAtOnceWhenTheDestinationIsUnknown() {
        String dc = unique("DC-EDISON");
        String sku = unique("SKU");
        shipLocation(dc, "DISTRIBUTION_CENTER", EDISON);
        stock(dc, sku, 5);
        UUID orderId = UUID.randomUUID();

        publish(shipOrder(orderId, "00000", line("L1", sku, 1), line("L2", sku, 1)));

        OrderAllocated allocated = awaitRouting(orderId, ALLOCATED, 1).getFirst().payloadAs(OrderAllocated.class);
        assertThat(allocated.shipments()).isEmpty();
        assertThat(allocated.unallocated()).containsExactly(
                new UnallocatedLine("L1", sku, 1, "UNKNOWN_DESTINATION"),
                new UnallocatedLine("L2", sku, 1, "UNKNOWN_DESTINATION"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_outbox WHERE event_key = ? AND event_type = ?",
                Integer.class, orderId.toString(), ROUTED)).isZero();
    }

    @Test
    void aPickupOrderIsRoutedToItsStore() {
        String store = unique("STORE");
        String nearerDc = unique("DC");
        String sku = unique("SKU");
        location(store, "STORE", PHILADELPHIA, List.of("SHIP", "PICKUP"), true);
        shipLocation(nearerDc, "DISTRIBUTION_CENTER", EDISON);
        stock(store, sku, 2);
        stock(nearerDc, sku, 2);
        UUID orderId = UUID.randomUUID();
        OrderReceived ship = shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 1));

        publish(new OrderReceived(orderId, ship.channel(), null, ship.customerEmail(), ship.shipTo(), "PICKUP",
                "SAME_DAY", store, null, "USD", ship.lines(), ship.receivedAt()));

        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        assertThat(routed.shipments()).singleElement().satisfies(s -> {
            assertThat(s.locationId()).isEqualTo(store);
            assertThat(s.fulfillmentType()).isEqualTo("PICKUP");
            assertThat(s.carrier()).isNull();
        });
    }

    @Test
    void aRedeliveredOrRepublishedOrderGetsOneDecision() {
        String dc = unique("DC-EDISON");
        String sku = unique("SKU");
        shipLocation(dc, "DISTRIBUTION_CENTER", EDISON);
        stock(dc, sku, 5);
        UUID orderId = UUID.randomUUID();
        EventEnvelope received = publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 1)));
        awaitRouting(orderId, ROUTED, 1);

        send(received, received.key());
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 1)));
        // a later order on the same partition: once it is routed, both copies before it were consumed
        UUID marker = UUID.randomUUID();
        EventEnvelope markerEnvelope = EventEnvelope.wrap(shipOrder(marker, MANHATTAN_ZIP, line("L1", sku, 1)),
                "it-marker", Instant.now());
        send(markerEnvelope, orderId.toString());
        awaitRouting(marker, ROUTED, 1);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM routing_decision WHERE order_id = ?", Integer.class,
                orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_outbox WHERE event_key = ?", Integer.class,
                orderId.toString())).isEqualTo(1);
    }

    @Test
    void ignoresOutcomesOfDecisionsThatAreNoLongerCurrent() {
        String edison = unique("DC-EDISON");
        String philadelphia = unique("DC-PHL");
        String sku = unique("SKU");
        shipLocation(edison, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(philadelphia, "DISTRIBUTION_CENTER", PHILADELPHIA);
        stock(edison, sku, 5);
        stock(philadelphia, sku, 5);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 1)));
        OrderRouted first = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        publish(new ReservationFailed(orderId, first.decisionId(),
                List.of(new ReservationFailed.Shortage(edison, sku, 1, 0))));
        OrderRouted second = awaitRouting(orderId, ROUTED, 2).get(1).payloadAs(OrderRouted.class);

        // late news of the first decision, then the real outcome of the second
        publish(new StockReserved(orderId, first.decisionId(),
                List.of(new StockReserved.Reservation(edison, "L1", sku, 1))));
        publish(new ReservationFailed(orderId, first.decisionId(), List.of()));
        publish(new StockReserved(orderId, second.decisionId(),
                List.of(new StockReserved.Reservation(philadelphia, "L1", sku, 1))));

        OrderAllocated allocated = awaitRouting(orderId, ALLOCATED, 1).getFirst().payloadAs(OrderAllocated.class);
        assertThat(allocated.decisionId()).isEqualTo(second.decisionId());
        assertThat(jdbc.queryForList("SELECT status FROM routing_decision WHERE order_id = ? ORDER BY attempt",
                String.class, orderId)).containsExactly("RESERVATION_FAILED", "ALLOCATED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform_outbox WHERE event_key = ?", Integer.class,
                orderId.toString())).isEqualTo(3);
    }

    @Test
    void aLocationInventoryDeactivatesIsNoLongerRoutedTo() {
        String edison = unique("DC-EDISON");
        String philadelphia = unique("DC-PHL");
        String sku = unique("SKU");
        shipLocation(edison, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(philadelphia, "DISTRIBUTION_CENTER", PHILADELPHIA);
        stock(edison, sku, 5);
        stock(philadelphia, sku, 5);
        // a plan while both are active (and the planner's locations are in memory): the nearer one ships
        UUID before = UUID.randomUUID();
        publish(shipOrder(before, MANHATTAN_ZIP, line("L1", sku, 1)));
        assertThat(awaitRouting(before, ROUTED, 1).getFirst().payloadAs(OrderRouted.class).shipments())
                .extracting(PlannedShipment::locationId).containsExactly(edison);

        location(edison, "DISTRIBUTION_CENTER", EDISON, List.of("SHIP"), false);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 1)));

        OrderRouted routed = awaitRouting(orderId, ROUTED, 1).getFirst().payloadAs(OrderRouted.class);
        assertThat(routed.shipments()).extracting(PlannedShipment::locationId).containsExactly(philadelphia);
    }

    @Test
    void anOrderRoutingCannotReadGoesToTheDeadLetterTopicAtOnce() {
        UUID orderId = UUID.randomUUID();
        OrderReceived valid = shipOrder(orderId, MANHATTAN_ZIP, line("L1", "ANY", 1));
        try (TopicTail deadLetters = new TopicTail(bootstrapServers(), Topics.deadLetterOf(Topics.ORDERS))) {

            publish(new OrderReceived(orderId, valid.channel(), null, valid.customerEmail(), valid.shipTo(),
                    "TELEPORT", "STANDARD", null, null, "USD", valid.lines(), valid.receivedAt()));

            assertThat(deadLetters.awaitEnvelopes(orderId.toString(), events -> !events.isEmpty())).hasSize(1);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sourcing_request WHERE order_id = ?", Integer.class,
                orderId)).isZero();
    }
}
