package io.opendoms.fulfillment.domain;

import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aReleasedOrder;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aReleasedPickup;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendoms.fulfillment.domain.FulfillmentOrder.PickedLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report against every status: the status it moves to ({@code →X}), {@code ignored} (recorded, too late to
 * change anything), or {@code 409} (ruled out: nothing changes, nothing is recorded). Reports happen after every
 * fact the fulfillment order has seen. The order is a pickup (a store's): every report applies to it, the pickup
 * actions too; a shipping order refuses those ({@code pickupActionsAreConflictsForAShippingOrder}).
 */
class FulfillmentStateMachineTest {

    enum Report { PICKED, PACKED, SHIPPED, SHORT_PICKED, REJECTED, STORE_REJECT, IN_TRANSIT, OUT_FOR_DELIVERY,
        DELIVERED, EXCEPTION, SHORTAGE, CANCEL, READY_FOR_PICKUP, PICKED_UP, PICKUP_EXPIRED }

    /** Columns in the order of {@link Report}. */
    private static final String TABLE = """
            RELEASED           | →PICKING | →PACKED | →SHIPPED | →PICKING | →REJECTED | →REJECTED | →IN_TRANSIT | →OUT_FOR_DELIVERY | →DELIVERED | ignored              | →RELEASED | →RELEASED | →READY_FOR_PICKUP | 409        | 409
            PICKING            | ignored  | →PACKED | →SHIPPED | →PICKING | →REJECTED | →REJECTED | →IN_TRANSIT | →OUT_FOR_DELIVERY | →DELIVERED | ignored              | ignored   | 409       | →READY_FOR_PICKUP | 409        | 409
            PACKED             | ignored  | ignored | →SHIPPED | 409      | →REJECTED | →REJECTED | →IN_TRANSIT | →OUT_FOR_DELIVERY | →DELIVERED | ignored              | ignored   | 409       | →READY_FOR_PICKUP | 409        | 409
            SHIPPED            | ignored  | ignored | ignored  | 409      | 409       | 409       | →IN_TRANSIT | →OUT_FOR_DELIVERY | →DELIVERED | →DELIVERY_EXCEPTION  | ignored   | 409       | 409               | 409        | 409
            IN_TRANSIT         | ignored  | ignored | ignored  | 409      | 409       | 409       | ignored     | →OUT_FOR_DELIVERY | →DELIVERED | →DELIVERY_EXCEPTION  | ignored   | 409       | 409               | 409        | 409
            OUT_FOR_DELIVERY   | ignored  | ignored | ignored  | 409      | 409       | 409       | ignored     | ignored           | →DELIVERED | →DELIVERY_EXCEPTION  | ignored   | 409       | 409               | 409        | 409
            DELIVERY_EXCEPTION | ignored  | ignored | ignored  | 409      | 409       | 409       | →IN_TRANSIT | →OUT_FOR_DELIVERY | →DELIVERED | ignored              | ignored   | 409       | 409               | 409        | 409
            DELIVERED          | ignored  | ignored | ignored  | 409      | 409       | 409       | ignored     | ignored           | ignored    | ignored              | ignored   | 409       | 409               | 409        | 409
            READY_FOR_PICKUP   | ignored  | ignored | ignored  | 409      | 409       | 409       | ignored     | ignored           | ignored    | ignored              | ignored   | 409       | 409               | →PICKED_UP | →CANCELLED
            PICKED_UP          | ignored  | ignored | ignored  | 409      | 409       | 409       | ignored     | ignored           | ignored    | ignored              | ignored   | 409       | 409               | 409        | 409
            REJECTED           | 409      | 409     | 409      | 409      | 409       | 409       | 409         | 409               | 409        | 409                  | ignored   | 409       | 409               | 409        | 409
            CANCELLED          | 409      | 409     | 409      | 409      | 409       | 409       | 409         | 409               | 409        | 409                  | ignored   | 409       | 409               | 409        | 409
            """;

    static Stream<Arguments> everyStatusAndReport() {
        List<Arguments> cases = new ArrayList<>();
        TABLE.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            for (Report report : Report.values()) {
                cases.add(Arguments.of(FulfillmentStatus.valueOf(cells[0]), report, cells[report.ordinal() + 1]));
            }
        });
        return cases.stream();
    }

    @Test
    void theTableCoversEveryStatusAndReport() {
        Map<FulfillmentStatus, Long> rows = everyStatusAndReport()
                .collect(Collectors.groupingBy(a -> (FulfillmentStatus) a.get()[0], Collectors.counting()));
        assertThat(rows.keySet()).isEqualTo(EnumSet.allOf(FulfillmentStatus.class));
        assertThat(rows.values()).allMatch(count -> count == Report.values().length);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("everyStatusAndReport")
    void eachReportMovesOrIsIgnoredOrIsRuledOut(FulfillmentStatus from, Report report, String expected) {
        FulfillmentOrder fo = inStatus(from);
        List<FulfillmentLine> linesBefore = fo.getLines();
        Instant when = at(100);

        if (expected.equals("409")) {
            assertThatThrownBy(() -> apply(fo, report, when)).isInstanceOf(IllegalTransitionException.class);
            assertThat(fo.getStatus()).isEqualTo(from);
            assertThat(fo.getLines()).isEqualTo(linesBefore);
            assertThat(fo.pullNewChanges()).isEmpty();
            return;
        }
        Transition transition = apply(fo, report, when);
        StatusChange change = transition.change();
        assertThat(fo.pullNewChanges()).containsExactly(change);
        if (expected.equals("ignored")) {
            assertThat(change.applied()).isFalse();
            assertThat(fo.getStatus()).isEqualTo(from);
            assertThat(fo.getLines()).isEqualTo(linesBefore);
            assertThat(transition.tookUnitsOff()).isFalse();
        } else {
            FulfillmentStatus to = FulfillmentStatus.valueOf(expected.substring(1));
            assertThat(change.applied()).isTrue();
            assertThat(change.from()).isEqualTo(from);
            assertThat(fo.getStatus()).isEqualTo(to);
            assertThat(change.to()).isEqualTo(to);
        }
    }

    @Test
    void aRejectionTakesEveryUnitOff() {
        FulfillmentOrder fo = aReleasedOrder();

        Transition rejected = fo.reject("WMS", at(5), "damaged", at(5));

        assertThat(rejected.reason()).isEqualTo(UnfilledReason.REJECTED);
        assertThat(rejected.unfilled()).containsExactly(new FulfillmentLine("L1", "SKU-1", 2),
                new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.REJECTED);
    }

    @Test
    void aShortPickKeepsWhatWasPickedAndTakesTheRestOff() {
        FulfillmentOrder fo = aReleasedOrder();

        Transition shortPick = fo.shortPicked(List.of(new PickedLine("L1", 1)), at(5), at(5));

        assertThat(shortPick.reason()).isEqualTo(UnfilledReason.SHORT_PICKED);
        assertThat(shortPick.unfilled()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1),
                new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(fo.getLines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.PICKING);
    }

    @Test
    void aShortPickOfEverythingIsAPickAndOfNothingARejection() {
        FulfillmentOrder everything = aReleasedOrder();
        Transition all = everything.shortPicked(List.of(new PickedLine("L1", 2), new PickedLine("L2", 1)), at(5),
                at(5));
        assertThat(all.tookUnitsOff()).isFalse();
        assertThat(everything.getStatus()).isEqualTo(FulfillmentStatus.PICKING);
        assertThat(everything.getLines()).hasSize(2);

        FulfillmentOrder nothing = aReleasedOrder();
        Transition none = nothing.shortPicked(List.of(), at(5), at(5));
        assertThat(none.reason()).isEqualTo(UnfilledReason.REJECTED);
        assertThat(none.unfilled()).hasSize(2);
        assertThat(nothing.getStatus()).isEqualTo(FulfillmentStatus.REJECTED);
    }

    @Test
    void aShortPickOfUnknownLinesOrMoreThanAskedChangesNothing() {
        FulfillmentOrder fo = aReleasedOrder();
        fo.pullNewChanges();

        assertThatThrownBy(() -> fo.shortPicked(List.of(new PickedLine("L9", 1)), at(5), at(5)))
                .isInstanceOf(InvalidPickException.class)
                .satisfies(e -> assertThat(((InvalidPickException) e).field()).isEqualTo("lines[0].lineId"));
        assertThatThrownBy(() -> fo.shortPicked(List.of(new PickedLine("L2", 1), new PickedLine("L1", 3)), at(5),
                at(5)))
                .isInstanceOf(InvalidPickException.class)
                .satisfies(e -> assertThat(((InvalidPickException) e).field()).isEqualTo("lines[1].quantity"));
        assertThatThrownBy(() -> fo.shortPicked(List.of(new PickedLine("L1", 1), new PickedLine("L1", 1)), at(5),
                at(5)))
                .isInstanceOf(InvalidPickException.class);
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.RELEASED);
        assertThat(fo.getLines()).hasSize(2);
        assertThat(fo.pullNewChanges()).isEmpty();
    }

    @Test
    void aShortageOfEveryUnitCancelsAReleasedOrder() {
        FulfillmentOrder fo = aReleasedOrder();

        Transition shortage = fo.releaseShortage(List.of(new PickedLine("L1", 5), new PickedLine("L2", 1),
                new PickedLine("L7", 1)), at(5), at(5));

        assertThat(shortage.reason()).isEqualTo(UnfilledReason.SHORTAGE);
        assertThat(shortage.unfilled()).containsExactly(new FulfillmentLine("L1", "SKU-1", 2),
                new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.CANCELLED);
    }

    @Test
    void aCancelTakesUnitsOffAndCancelsTheOrderWithNothingLeft() {
        FulfillmentOrder fo = aReleasedOrder();

        Transition some = fo.cancel(List.of(new PickedLine("L1", 1), new PickedLine("L7", 3)), at(5), null, at(5));

        assertThat(some.reason()).isNull();
        assertThat(some.unfilled()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1));
        assertThat(fo.getLines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1),
                new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.RELEASED);

        Transition rest = fo.cancel(List.of(new PickedLine("L1", 5), new PickedLine("L2", 1)), at(6), null, at(6));

        assertThat(rest.unfilled()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1),
                new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.CANCELLED);
    }

    @Test
    void aCancelWhilePickingAsksTheLocationWhichConfirms() {
        FulfillmentOrder fo = aReleasedPickup();
        fo.recordWmsEvent(WmsEventType.PICKED, at(5), null, null, null, at(5));
        java.util.UUID cancellation = java.util.UUID.randomUUID();

        assertThat(fo.isCancellable()).isFalse();
        assertThatThrownBy(() -> fo.cancel(List.of(new PickedLine("L1", 1)), at(6), null, at(6)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(fo.requestCancel(cancellation, List.of(new PickedLine("L1", 5)), at(6)))
                .containsExactly(new FulfillmentLine("L1", "SKU-1", 2));
        assertThat(fo.requestCancel(cancellation, List.of(new PickedLine("L1", 1)), at(6))).isEmpty();
        assertThat(fo.getLines()).hasSize(2);
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.PICKING);

        CancelAnswer answer = fo.answerCancel(true, "WMS", at(7), null, at(7));

        assertThat(answer.cancelled()).containsExactly(Map.entry(cancellation,
                List.of(new FulfillmentLine("L1", "SKU-1", 2))));
        assertThat(answer.refused()).isEmpty();
        assertThat(fo.getLines()).containsExactly(new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.PICKING);
        assertThat(fo.getCancelRequests()).isEmpty();
        assertThatThrownBy(() -> fo.answerCancel(true, "WMS", at(8), null, at(8)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("no cancel request is pending");
    }

    @Test
    void aLocationRefusesACancelRequestAndTheUnitsStay() {
        FulfillmentOrder fo = aReleasedPickup();
        fo.recordWmsEvent(WmsEventType.PACKED, at(5), null, null, null, at(5));
        fo.requestCancel(null, List.of(new PickedLine("L2", 1)), at(6));

        CancelAnswer answer = fo.answerCancel(false, "WMS", at(7), "already sealed", at(7));

        assertThat(answer.cancelled()).isEmpty();
        assertThat(answer.refused()).containsKey(null);
        assertThat(answer.reason()).isEqualTo("refused by STORE-9: already sealed");
        assertThat(fo.getLines()).hasSize(2);
    }

    @Test
    void aConfirmedCancelOfEveryUnitCancelsAndAShipmentRefusesWhatIsPending() {
        FulfillmentOrder all = aReleasedPickup();
        all.recordWmsEvent(WmsEventType.PICKED, at(5), null, null, null, at(5));
        all.requestCancel(null, List.of(new PickedLine("L1", 2), new PickedLine("L2", 1)), at(6));
        all.answerCancel(true, "WMS", at(7), null, at(7));
        assertThat(all.getStatus()).isEqualTo(FulfillmentStatus.CANCELLED);

        FulfillmentOrder shipped = aReleasedOrder();
        shipped.recordWmsEvent(WmsEventType.PICKED, at(5), null, null, null, at(5));
        shipped.requestCancel(null, List.of(new PickedLine("L1", 1)), at(6));
        assertThat(shipped.refuseCancelRequestsIfTooLate(at(6))).isNull();
        shipped.recordWmsEvent(WmsEventType.SHIPPED, at(7), null, null, "1Z1", at(7));

        CancelAnswer late = shipped.refuseCancelRequestsIfTooLate(at(7));

        assertThat(late.refused().get(null)).containsExactly(new FulfillmentLine("L1", "SKU-1", 1));
        assertThat(late.reason()).isEqualTo("shipped from DC-NJ");
        assertThat(shipped.getCancelRequests()).isEmpty();
    }

    @Test
    void whyACancelIsRefusedIsSaidInWordsWithTheLocation() {
        FulfillmentOrder fo = aReleasedPickup();
        fo.recordWmsEvent(WmsEventType.PICKED, at(5), null, null, null, at(5));

        assertThat(fo.whyNotCancellable()).isEqualTo("being picked at STORE-9");
    }

    @Test
    void pickupActionsAreConflictsForAShippingOrder() {
        FulfillmentOrder fo = aReleasedOrder();
        fo.pullNewChanges();

        assertThatThrownBy(() -> fo.readyForPickup(at(5), at(5))).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("a shipping order has no pickup");
        assertThatThrownBy(() -> fo.pickedUp(at(5), at(5))).isInstanceOf(IllegalTransitionException.class);
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.RELEASED);
        assertThat(fo.pullNewChanges()).isEmpty();
    }

    @Test
    void anExpiredPickupGivesEveryUnitBack() {
        FulfillmentOrder fo = aReleasedPickup();
        fo.readyForPickup(at(5), at(5));

        Transition expired = fo.expirePickup(at(60), "not collected", at(60));

        assertThat(expired.reason()).isNull();
        assertThat(expired.unfilled()).hasSize(2);
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.CANCELLED);
    }

    private static Transition apply(FulfillmentOrder fo, Report report, Instant when) {
        return switch (report) {
            case PICKED -> Transition.of(fo.recordWmsEvent(WmsEventType.PICKED, when, null, null, null, when));
            case PACKED -> Transition.of(fo.recordWmsEvent(WmsEventType.PACKED, when, null, null, null, when));
            case SHIPPED -> Transition.of(fo.recordWmsEvent(WmsEventType.SHIPPED, when, null, null, "1Z-NEW", when));
            case SHORT_PICKED -> fo.shortPicked(List.of(new PickedLine("L1", 1)), when, when);
            case REJECTED -> fo.reject("WMS", when, null, when);
            case STORE_REJECT -> fo.reject("STORE", when, "no staff", when);
            case IN_TRANSIT -> carrier(fo, CarrierStatus.IN_TRANSIT, when);
            case OUT_FOR_DELIVERY -> carrier(fo, CarrierStatus.OUT_FOR_DELIVERY, when);
            case DELIVERED -> carrier(fo, CarrierStatus.DELIVERED, when);
            case EXCEPTION -> carrier(fo, CarrierStatus.EXCEPTION, when);
            case SHORTAGE -> fo.releaseShortage(List.of(new PickedLine("L1", 1)), when, when);
            case CANCEL -> fo.cancel(List.of(new PickedLine("L1", 1)), when, null, when);
            case READY_FOR_PICKUP -> Transition.of(fo.readyForPickup(when, when));
            case PICKED_UP -> Transition.of(fo.pickedUp(when, when));
            case PICKUP_EXPIRED -> fo.expirePickup(when, "not collected", when);
        };
    }

    private static Transition carrier(FulfillmentOrder fo, CarrierStatus status, Instant when) {
        return Transition.of(fo.recordCarrierEvent(status, when, null, when));
    }

    /** A fulfillment order that reached {@code status} the way it happens, its history pulled. */
    private static FulfillmentOrder inStatus(FulfillmentStatus status) {
        FulfillmentOrder fo = aReleasedPickup();
        Function<Long, Instant> t = FulfillmentOrderFixture::at;
        switch (status) {
            case RELEASED -> { }
            case PICKING -> fo.recordWmsEvent(WmsEventType.PICKED, t.apply(10L), null, null, null, t.apply(10L));
            case PACKED -> fo.recordWmsEvent(WmsEventType.PACKED, t.apply(20L), null, null, null, t.apply(20L));
            case SHIPPED -> ship(fo);
            case IN_TRANSIT -> scan(ship(fo), CarrierStatus.IN_TRANSIT);
            case OUT_FOR_DELIVERY -> scan(ship(fo), CarrierStatus.OUT_FOR_DELIVERY);
            case DELIVERY_EXCEPTION -> scan(ship(fo), CarrierStatus.EXCEPTION);
            case DELIVERED -> scan(ship(fo), CarrierStatus.DELIVERED);
            case REJECTED -> fo.reject("WMS", t.apply(10L), null, t.apply(10L));
            case READY_FOR_PICKUP -> fo.readyForPickup(t.apply(20L), t.apply(20L));
            case PICKED_UP -> {
                fo.readyForPickup(t.apply(20L), t.apply(20L));
                fo.pickedUp(t.apply(30L), t.apply(30L));
            }
            case CANCELLED -> fo.releaseShortage(List.of(new PickedLine("L1", 2), new PickedLine("L2", 1)),
                    t.apply(10L), t.apply(10L));
        }
        fo.pullNewChanges();
        assertThat(fo.getStatus()).isEqualTo(status);
        return fo;
    }

    private static FulfillmentOrder ship(FulfillmentOrder fo) {
        fo.recordWmsEvent(WmsEventType.SHIPPED, at(30), null, null, "1Z999", at(30));
        return fo;
    }

    private static void scan(FulfillmentOrder fo, CarrierStatus status) {
        fo.recordCarrierEvent(status, at(40), null, at(40));
    }
}
