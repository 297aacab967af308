package io.opendoms.order.domain;

import static io.opendoms.order.domain.OrderFixture.T0;
import static io.opendoms.order.domain.OrderFixture.anOrder;
import static io.opendoms.order.domain.OrderFixture.line;
import static io.opendoms.order.domain.OrderFixture.update;
import static io.opendoms.order.domain.FulfillmentStatus.DELIVERED;
import static io.opendoms.order.domain.FulfillmentStatus.RELEASED;
import static io.opendoms.order.domain.FulfillmentStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTest {

    private static final Instant T1 = T0.plusSeconds(60);
    private static final UUID F1 = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID DECISION = UUID.randomUUID();
    private static final UUID F2 = UUID.fromString("00000000-0000-0000-0000-0000000000f2");

    @Test
    void receivesAnOrderWithItsTotalOpenLinesAndATimelineEntry() {
        Order order = anOrder(2, 1);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(order.getTotalAmount()).isEqualByComparingTo("26.00").hasToString("26.00");
        assertThat(order.getRefundedAmount()).hasToString("0.00");
        assertThat(order.getLines()).extracting(OrderLine::getLineId, OrderLine::getStatus, OrderLine::getUnitPrice)
                .containsExactly(tuple("1", LineStatus.OPEN, new BigDecimal("10.50")),
                        tuple("2", LineStatus.OPEN, new BigDecimal("5.00")));
        assertThat(order.getCreatedAt()).isEqualTo(T0).isEqualTo(order.getUpdatedAt());
        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::type)
                .containsExactly(TimelineEventType.ORDER_RECEIVED);
    }

    @Test
    void totalsAtTheCurrencyScale() {
        OrderDraft d = OrderFixture.aDraft();
        NewOrder yen = new OrderDraft(d.externalId(), d.customer(), d.shippingAddress(), d.deliveryMethod(), null,
                d.serviceLevel(), "JPY", List.of(new OrderDraft.LineDraft("a", "SKU-1", 3, new BigDecimal("1200")),
                new OrderDraft.LineDraft("b", "SKU-2", 1, new BigDecimal("99.0"))), null).validate();

        assertThat(Order.receive(UUID.randomUUID(), "storefront", yen, List.of(), T0).getTotalAmount()).hasToString("3699");
    }

    @Test
    void isAllocatedWhenFulfillmentsCoverEveryUnit() {
        Order order = anOrder(2, 3);

        order.track(update(F1, RELEASED, line("1", 2), line("2", 1)), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PARTIALLY_ALLOCATED);

        order.track(update(F2, RELEASED, line("2", 2)), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(order.getLines()).extracting(OrderLine::getAllocatedQuantity, OrderLine::getStatus)
                .containsExactly(tuple(2, LineStatus.ALLOCATED), tuple(3, LineStatus.ALLOCATED));
        assertThat(order.getUpdatedAt()).isEqualTo(T1);
    }

    @Test
    void isBackorderedWhenSourcingAllocatedNothing() {
        Order order = anOrder(2, 3);

        order.settleAllocation(DECISION, 0,
                List.of(new Backorder("1", 2, "NO_STOCK"), new Backorder("2", 3, "UNKNOWN_DESTINATION")), T1);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.BACKORDERED);
        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::type, TimelineEntry::detail).contains(
                tuple(TimelineEventType.ALLOCATION_SETTLED, "Sourcing decision " + DECISION + ": 0 shipment(s), "
                        + "backordered line 1 qty 2 (NO_STOCK), line 2 qty 3 (UNKNOWN_DESTINATION)"),
                tuple(TimelineEventType.STATUS_CHANGED, "RECEIVED -> BACKORDERED"));
        assertThat(order.getLines()).extracting(OrderLine::getBackorderedQuantity, OrderLine::getStatus)
                .containsExactly(tuple(2, LineStatus.BACKORDERED), tuple(3, LineStatus.BACKORDERED));
    }

    @Test
    void backorderShrinksWhenAReRouteAllocatesTheUnitsBeforeItsSettlementArrives() {
        Order order = anOrder(2, 3);
        order.settleAllocation(DECISION, 1, List.of(new Backorder("2", 3, "NO_STOCK")), T1);
        order.track(update(F1, RELEASED, line("1", 2)), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PARTIALLY_ALLOCATED);

        order.track(update(F2, RELEASED, line("2", 3)), T1);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(order.getLines().get(1).getBackorderedQuantity()).isZero();
    }

    @Test
    void aShipmentThatOvertakesItsReleaseCreatesTheFulfillment() {
        Order order = anOrder(2, 1);

        order.track(update(F1, SHIPPED, line("1", 2), line("2", 1)), T1);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.getLines()).extracting(OrderLine::getAllocatedQuantity, OrderLine::getShippedQuantity)
                .containsExactly(tuple(2, 2), tuple(1, 1));
        Fulfillment f = order.getFulfillments().getFirst();
        assertThat(f.getStatus()).isEqualTo(SHIPPED);
        assertThat(f.getTrackingNumber()).isEqualTo("1Z999");

        LocalDate promised = LocalDate.parse("2026-11-25");
        boolean changed = order.track(new FulfillmentUpdate(F1, "DC-EAST", RELEASED,
                List.of(line("1", 2), line("2", 1)), "PARCEL_B", "GROUND", null, promised), T1);

        assertThat(changed).isTrue();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
        Fulfillment late = order.getFulfillments().getFirst();
        assertThat(late.getStatus()).isEqualTo(SHIPPED);
        assertThat(late.getCarrier()).as("the shipment's carrier wins over the plan's").isEqualTo("PARCEL_A");
        assertThat(late.getPromisedDeliveryDate()).isEqualTo(promised);
    }

    @Test
    void aShortPickShipsWhatWasPickedAndReleasesTheRestForReRouting() {
        Order order = anOrder(4, 1);
        order.track(update(F1, RELEASED, line("1", 4), line("2", 1)), T1);

        order.track(update(F1, SHIPPED, line("1", 3), line("2", 1)), T1);

        assertThat(order.getLines()).extracting(OrderLine::getAllocatedQuantity, OrderLine::getShippedQuantity,
                        OrderLine::getStatus)
                .containsExactly(tuple(3, 3, LineStatus.PARTIALLY_SHIPPED), tuple(1, 1, LineStatus.SHIPPED));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }

    @Test
    void unitsALocationHandsBackComeOffItsFulfillmentAndTheTimelineSaysTheyAreSourcedAgain() {
        Order order = anOrder(4, 1);
        order.track(update(F1, RELEASED, line("1", 4), line("2", 1)), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ALLOCATED);

        order.unfilled(F1, "STORE-9", "SHORT_PICKED", List.of(line("1", 3)), "bin empty", T1);

        assertThat(order.getLines()).extracting(OrderLine::getAllocatedQuantity, OrderLine::getStatus)
                .containsExactly(tuple(1, LineStatus.PARTIALLY_ALLOCATED), tuple(1, LineStatus.ALLOCATED));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PARTIALLY_ALLOCATED);
        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::type, TimelineEntry::detail).contains(
                tuple(TimelineEventType.FULFILLMENT_UNFILLED, "STORE-9 could not find line 1 ×3 on its shelves "
                        + "(bin empty): they are being sourced from another location"));

        // routing sourced them elsewhere: a second fulfillment, nothing backordered
        order.settleAllocation(DECISION, 1, List.of(), T1);
        order.track(update(F2, RELEASED, line("1", 3)), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(order.getLines().getFirst().getAllocatedQuantity()).isEqualTo(4);
    }

    @Test
    void aRejectedFulfillmentLeavesItsUnitsUnallocatedUntilTheyAreSourcedOrBackordered() {
        Order order = anOrder(2, 1);
        order.track(update(F1, RELEASED, line("1", 2), line("2", 1)), T1);

        order.unfilled(F1, "STORE-9", "REJECTED", List.of(line("1", 2), line("2", 1)), null, T1);
        assertThat(order.getLines()).extracting(OrderLine::getAllocatedQuantity).containsExactly(0, 0);
        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::detail).contains(
                "STORE-9 turned the shipment down: line 1 ×2, line 2 ×1 are being sourced from another location");

        // nobody else has them: the settlement of the re-sourcing says what is backordered, for the whole order
        order.settleAllocation(DECISION, 0, List.of(new Backorder("1", 2, "NO_STOCK"),
                new Backorder("2", 1, "NO_STOCK")), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.BACKORDERED);
    }

    @Test
    void aWholeCancelTakesEveryUnitThatHasNotShippedAndARepeatFindsNothingLeft() {
        Order order = anOrder(2, 3);
        order.track(update(F1, RELEASED, line("1", 2), line("2", 3)), T1);

        List<CancelledUnits> cancelled = order.cancel(null, "fraud", "ops", T1);

        assertThat(cancelled).containsExactly(new CancelledUnits("1", "SKU-1", 2), new CancelledUnits("2", "SKU-2", 3));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.getLines()).extracting(OrderLine::getCancelledQuantity, OrderLine::getStatus)
                .containsExactly(tuple(2, LineStatus.CANCELLED), tuple(3, LineStatus.CANCELLED));
        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::type, TimelineEntry::detail).contains(
                tuple(TimelineEventType.CANCELLED, "Cancelled by ops (fraud): line 1 ×2, line 2 ×3"),
                tuple(TimelineEventType.STATUS_CHANGED, "ALLOCATED -> CANCELLED"));
        assertThat(order.newNotifications()).extracting(OrderNotification::type).contains("order.cancelled");

        assertThat(order.cancel(null, "again", "ops", T1)).isEmpty();
    }

    @Test
    void shippedUnitsCannotBeCancelledAndAskingForThemCancelsNothing() {
        Order order = anOrder(3, 1);
        order.track(update(F1, SHIPPED, line("1", 2)), T1);

        assertThatThrownBy(() -> order.cancel(Map.of("1", 2, "2", 1), "too late", "storefront", T1))
                .isInstanceOf(CancelConflictException.class)
                .hasMessageContaining("line 1 asks 2, 1 can still be cancelled");
        assertThat(order.getLines()).extracting(OrderLine::getCancelledQuantity).containsExactly(0, 0);

        assertThat(order.cancel(Map.of("1", 1), "the rest", "storefront", T1))
                .containsExactly(new CancelledUnits("1", "SKU-1", 1));
        assertThat(order.getLines().getFirst().getStatus()).as("2 shipped of the 2 left").isEqualTo(LineStatus.SHIPPED);
        assertThatThrownBy(() -> order.cancel(Map.of("9", 1), "no such line", "storefront", T1))
                .isInstanceOf(UnknownLinesException.class);
    }

    @Test
    void unitsALocationRefusedToCancelCountAgain() {
        Order order = anOrder(2, 1);
        order.track(update(F1, RELEASED, line("1", 2), line("2", 1)), T1);
        order.cancel(null, "changed mind", "storefront", T1);

        order.cancelRefused(Map.of("1", 2), "being picked at DC-EAST", T1);

        assertThat(order.getLines()).extracting(OrderLine::getCancelledQuantity, OrderLine::getStatus)
                .containsExactly(tuple(0, LineStatus.ALLOCATED), tuple(1, LineStatus.CANCELLED));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::detail)
                .contains("Could not cancel line 1 ×2: being picked at DC-EAST");
    }

    @Test
    void aCancelledFulfillmentGivesItsUnitsUpAndTheOrderStaysCancelled() {
        Order order = anOrder(2, 1);
        order.track(update(F1, RELEASED, line("1", 2), line("2", 1)), T1);
        order.cancel(Map.of("1", 2), "one line", "storefront", T1);

        order.fulfillmentCancelled(F1, "DC-EAST", List.of(line("1", 2)), true, T1);

        assertThat(order.getFulfillments().getFirst().getLines()).containsExactly(line("2", 1));
        assertThat(order.getLines()).extracting(OrderLine::getStatus)
                .containsExactly(LineStatus.CANCELLED, LineStatus.ALLOCATED);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ALLOCATED);
    }

    @Test
    void aPickupOrderIsReadyForPickupThenPickedUp() {
        Order order = OrderFixture.aPickupOrder(2, 1);
        order.track(update(F1, RELEASED, line("1", 2), line("2", 1)), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ALLOCATED);

        order.track(update(F1, FulfillmentStatus.READY_FOR_PICKUP, line("1", 2), line("2", 1)), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.READY_FOR_PICKUP);

        order.track(update(F1, FulfillmentStatus.PICKED_UP, line("1", 2), line("2", 1)), T1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(order.getLines()).extracting(OrderLine::getDeliveredQuantity).containsExactly(2, 1);
        assertThat(order.newNotifications()).extracting(OrderNotification::type)
                .contains("order.ready-for-pickup", "order.picked-up");
    }

    @Test
    void aPickupNobodyCollectedIsCancelledOnTheOrderWhenTheStoreCancelsIt() {
        Order order = OrderFixture.aPickupOrder(2, 1);
        order.track(update(F1, FulfillmentStatus.READY_FOR_PICKUP, line("1", 2), line("2", 1)), T1);

        order.fulfillmentCancelled(F1, "STORE-9", List.of(line("1", 2), line("2", 1)), false, T1);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.getLines()).extracting(OrderLine::getCancelledQuantity).containsExactly(2, 1);
        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::type)
                .contains(TimelineEventType.PICKUP_EXPIRED);
    }

    @Test
    void aRepeatedEventChangesNothingAndRecordsNothing() {
        Order order = anOrder(2, 1);
        order.track(update(F1, RELEASED, line("1", 2), line("2", 1)), T1);
        order.track(update(F1, SHIPPED, line("1", 2), line("2", 1)), T1);
        int entries = order.newTimelineEntries().size();

        boolean releasedAgain = order.track(update(F1, RELEASED, line("1", 2), line("2", 1)), T1);
        boolean shippedAgain = order.track(update(F1, SHIPPED, line("1", 2), line("2", 1)), T1);

        assertThat(releasedAgain).isFalse();
        assertThat(shippedAgain).isFalse();
        assertThat(order.newTimelineEntries()).hasSize(entries);
        assertThat(order.getLines()).extracting(OrderLine::getShippedQuantity).containsExactly(2, 1);
    }

    @Test
    void recordsEveryEventAndStatusChangeInTheTimeline() {
        Order order = anOrder(2, 1);

        order.track(update(F1, RELEASED, line("1", 2), line("2", 1)), T1);
        order.track(update(F1, SHIPPED, line("1", 2), line("2", 1)), T1);
        order.track(update(F1, DELIVERED, line("1", 2), line("2", 1)), T1);

        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::type, TimelineEntry::detail).containsExactly(
                tuple(TimelineEventType.ORDER_RECEIVED,
                        "Order received from channel storefront: 2 line(s), 3 unit(s), 26.00 USD"),
                tuple(TimelineEventType.FULFILLMENT_RELEASED,
                        "Fulfillment " + F1 + " released at DC-EAST: line 1 qty 2, line 2 qty 1"),
                tuple(TimelineEventType.STATUS_CHANGED, "RECEIVED -> ALLOCATED"),
                tuple(TimelineEventType.FULFILLMENT_SHIPPED, "Fulfillment " + F1
                        + " shipped at DC-EAST (PARCEL_A GROUND, tracking 1Z999): line 1 qty 2, line 2 qty 1"),
                tuple(TimelineEventType.STATUS_CHANGED, "ALLOCATED -> SHIPPED"),
                tuple(TimelineEventType.FULFILLMENT_DELIVERED, "Fulfillment " + F1
                        + " delivered at DC-EAST (PARCEL_A GROUND, tracking 1Z999): line 1 qty 2, line 2 qty 1"),
                tuple(TimelineEventType.STATUS_CHANGED, "SHIPPED -> DELIVERED"));
    }

    @Test
    void namesOnlyTheCarrierDetailsAnEventCarries() {
        Order order = anOrder(2, 1);
        // fulfillment.delivered carries the tracking number but neither carrier nor service
        order.track(new FulfillmentUpdate(F1, "DC-EAST", DELIVERED, List.of(line("1", 2), line("2", 1)), null, null,
                "1Z999", null), T1);

        assertThat(order.newTimelineEntries()).extracting(TimelineEntry::detail).contains("Fulfillment " + F1
                + " delivered at DC-EAST (tracking 1Z999): line 1 qty 2, line 2 qty 1");
    }

    /** Every order of the four facts of one sourcing, each possibly delivered twice, ends in the same state. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("permutationsOfOneSourcing")
    void convergesWhateverOrderTheEventsArriveIn(String sequence, List<Consumer<Order>> events) {
        Order order = anOrder(2, 3);

        events.forEach(event -> event.accept(order));

        assertThat(order.getStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(order.getLines()).extracting(OrderLine::getAllocatedQuantity, OrderLine::getBackorderedQuantity,
                        OrderLine::getShippedQuantity, OrderLine::getDeliveredQuantity, OrderLine::getStatus)
                .containsExactly(tuple(2, 0, 2, 2, LineStatus.DELIVERED),
                        tuple(2, 1, 2, 2, LineStatus.PARTIALLY_SHIPPED));
        assertThat(order.getFulfillments()).singleElement().satisfies(f -> {
            assertThat(f.getStatus()).isEqualTo(DELIVERED);
            assertThat(f.getTrackingNumber()).isEqualTo("1Z999");
        });
    }

    static Stream<Arguments> permutationsOfOneSourcing() {
        List<String> names = List.of("allocated", "released", "shipped", "delivered");
        List<Consumer<Order>> events = List.of(
                o -> o.settleAllocation(DECISION, 1, List.of(new Backorder("2", 1, "NO_STOCK")), T1),
                o -> o.track(update(F1, RELEASED, line("1", 2), line("2", 2)), T1),
                o -> o.track(update(F1, SHIPPED, line("1", 2), line("2", 2)), T1),
                o -> o.track(update(F1, DELIVERED, line("1", 2), line("2", 2)), T1));
        List<Arguments> cases = new ArrayList<>();
        for (List<Integer> p : permutations(List.of(0, 1, 2, 3))) {
            cases.add(Arguments.of(String.join(", ", p.stream().map(names::get).toList()),
                    p.stream().map(events::get).toList()));
            List<Integer> twice = p.stream().flatMap(i -> Stream.of(i, i)).toList();
            cases.add(Arguments.of(String.join(", ", twice.stream().map(names::get).toList()),
                    twice.stream().map(events::get).toList()));
        }
        return cases.stream();
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> result = new ArrayList<>();
        for (Integer first : items) {
            List<Integer> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> p = new ArrayList<>();
                p.add(first);
                p.addAll(tail);
                result.add(p);
            }
        }
        return result;
    }
}
