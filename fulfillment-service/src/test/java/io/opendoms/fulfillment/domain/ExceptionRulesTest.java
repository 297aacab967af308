package io.opendoms.fulfillment.domain;

import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.RELEASED_AT;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aReleasedOrder;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aReleasedPickup;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aShippedOrder;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The exception rules with fixed instants: released 2026-11-22T10:00Z, to ship on 2026-11-23, promised for
 * 2026-11-25.
 */
class ExceptionRulesTest {

    private static final Duration STUCK_AFTER = Duration.ofHours(48);
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant END_OF_SHIP_DAY = Instant.parse("2026-11-24T00:00:00Z");
    private static final Instant END_OF_PROMISED_DAY = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void lateOnceThePromisedDayIsOverUntilDeliveredOrClosed() {
        FulfillmentOrder fo = aShippedOrder();

        assertThat(ExceptionRules.isLate(fo, END_OF_PROMISED_DAY.minusSeconds(1), UTC)).isFalse();
        assertThat(ExceptionRules.isLate(fo, END_OF_PROMISED_DAY, UTC)).isTrue();
        assertThat(ExceptionRules.detail(ExceptionKind.LATE, fo, END_OF_PROMISED_DAY, UTC, STUCK_AFTER))
                .isEqualTo("not delivered by 2026-11-25 (status SHIPPED)");
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.LATE, fo, END_OF_PROMISED_DAY, UTC)).isFalse();

        fo.recordCarrierEvent(CarrierStatus.DELIVERED, END_OF_PROMISED_DAY, null, END_OF_PROMISED_DAY);
        assertThat(ExceptionRules.isLate(fo, END_OF_PROMISED_DAY.plusSeconds(3600), UTC)).isFalse();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.LATE, fo, END_OF_PROMISED_DAY, UTC)).isTrue();

        FulfillmentOrder rejected = aReleasedOrder();
        rejected.reject("WMS", at(5), null, at(5));
        assertThat(ExceptionRules.isLate(rejected, END_OF_PROMISED_DAY, UTC)).isFalse();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.LATE, rejected, END_OF_PROMISED_DAY, UTC)).isTrue();
    }

    @Test
    void lateOnceTheShipDayIsOverWhileStillAtTheLocationAndNoLongerOnceShipped() {
        FulfillmentOrder fo = aReleasedOrder();

        assertThat(ExceptionRules.isLate(fo, END_OF_SHIP_DAY.minusSeconds(1), UTC)).isFalse();
        assertThat(ExceptionRules.isLate(fo, END_OF_SHIP_DAY, UTC)).isTrue();
        assertThat(ExceptionRules.detail(ExceptionKind.LATE, fo, END_OF_SHIP_DAY, UTC, STUCK_AFTER))
                .isEqualTo("not shipped by 2026-11-23 (status RELEASED)");

        fo.recordWmsEvent(WmsEventType.PICKED, END_OF_SHIP_DAY, null, null, null, END_OF_SHIP_DAY);
        fo.recordWmsEvent(WmsEventType.PACKED, END_OF_SHIP_DAY, null, null, null, END_OF_SHIP_DAY);
        assertThat(ExceptionRules.isLate(fo, END_OF_SHIP_DAY.plusSeconds(60), UTC)).as("packed, not shipped").isTrue();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.LATE, fo, END_OF_SHIP_DAY, UTC)).isFalse();

        // shipped a day late, but still in time for the promised delivery: no longer late
        Instant shipped = END_OF_SHIP_DAY.plus(Duration.ofHours(20));
        fo.recordWmsEvent(WmsEventType.SHIPPED, shipped, null, null, "1Z1", shipped);
        assertThat(ExceptionRules.isLate(fo, shipped, UTC)).isFalse();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.LATE, fo, shipped, UTC)).isTrue();
        // and late again when the promised day is over before delivery
        assertThat(ExceptionRules.isLate(fo, END_OF_PROMISED_DAY, UTC)).isTrue();
    }

    @Test
    void aDayEndsAtMidnightInTheLocationsZone() {
        FulfillmentOrder fo = aReleasedOrder();
        Instant midnightInNewYork = Instant.parse("2026-11-24T05:00:00Z"); // EST, UTC-5

        assertThat(ExceptionRules.isLate(fo, END_OF_SHIP_DAY, NEW_YORK)).as("still the 23rd in New York").isFalse();
        assertThat(ExceptionRules.isLate(fo, midnightInNewYork.minusSeconds(1), NEW_YORK)).isFalse();
        assertThat(ExceptionRules.isLate(fo, midnightInNewYork, NEW_YORK)).isTrue();
    }

    @Test
    void aPickupIsLateUntilReadyAtTheCounterThenItIsTheCustomersTurn() {
        FulfillmentOrder pickup = aReleasedPickup();
        assertThat(ExceptionRules.isLate(pickup, END_OF_SHIP_DAY, UTC)).isTrue();

        pickup.readyForPickup(END_OF_SHIP_DAY, END_OF_SHIP_DAY);
        assertThat(ExceptionRules.isLate(pickup, END_OF_SHIP_DAY, UTC)).isFalse();
        assertThat(ExceptionRules.isLate(pickup, END_OF_PROMISED_DAY.plus(Duration.ofDays(3)), UTC)).isFalse();
    }

    @Test
    void stuckAfterTheConfiguredTimeWithoutUpdateBeforeDelivery() {
        FulfillmentOrder fo = aReleasedOrder();

        assertThat(ExceptionRules.isStuck(fo, RELEASED_AT.plus(STUCK_AFTER), STUCK_AFTER)).isFalse();
        assertThat(ExceptionRules.isStuck(fo, RELEASED_AT.plus(STUCK_AFTER).plusSeconds(1), STUCK_AFTER)).isTrue();

        fo.recordWmsEvent(WmsEventType.PICKED, at(60), null, null, null, at(60));
        assertThat(ExceptionRules.isStuck(fo, RELEASED_AT.plus(STUCK_AFTER).plusSeconds(1), STUCK_AFTER)).isFalse();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.STUCK, fo, at(60), UTC)).isTrue();

        FulfillmentOrder inTransit = aShippedOrder();
        inTransit.recordCarrierEvent(CarrierStatus.IN_TRANSIT, at(120), null, at(120));
        assertThat(ExceptionRules.isStuck(inTransit, at(120).plus(STUCK_AFTER).plusSeconds(1), STUCK_AFTER)).isTrue();
    }

    @Test
    void neverStuckWhenDeliveredClosedWaitingAtTheCounterOrInADeliveryException() {
        Instant muchLater = RELEASED_AT.plus(Duration.ofDays(30));
        FulfillmentOrder delivered = aShippedOrder();
        delivered.recordCarrierEvent(CarrierStatus.DELIVERED, at(120), null, at(120));
        FulfillmentOrder rejected = aReleasedOrder();
        rejected.reject("WMS", at(5), null, at(5));
        FulfillmentOrder ready = aReleasedPickup();
        ready.readyForPickup(at(30), at(30));
        FulfillmentOrder exception = aShippedOrder();
        exception.recordCarrierEvent(CarrierStatus.EXCEPTION, at(120), "no such address", at(120));

        for (FulfillmentOrder fo : new FulfillmentOrder[] {delivered, rejected, ready, exception}) {
            assertThat(ExceptionRules.isStuck(fo, muchLater, STUCK_AFTER)).as(fo.getStatus().name()).isFalse();
        }
        assertThat(ExceptionRules.holding(exception, at(121), UTC, STUCK_AFTER))
                .containsExactly(ExceptionKind.DELIVERY_EXCEPTION);
        assertThat(ExceptionRules.holding(rejected, muchLater, UTC, STUCK_AFTER))
                .containsExactly(ExceptionKind.REJECTED);
    }

    @Test
    void aDeliveryExceptionEndsWhenTheCarrierMovesOnARejectionNever() {
        FulfillmentOrder fo = aShippedOrder();
        fo.recordCarrierEvent(CarrierStatus.EXCEPTION, at(120), null, at(120));
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.DELIVERY_EXCEPTION, fo, at(120), UTC)).isFalse();

        fo.recordCarrierEvent(CarrierStatus.IN_TRANSIT, at(180), null, at(180));
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.DELIVERY_EXCEPTION, fo, at(180), UTC)).isTrue();

        FulfillmentOrder rejected = aReleasedOrder();
        rejected.reject("WMS", at(5), null, at(5));
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.REJECTED, rejected, at(5), UTC)).isFalse();
    }

    @Test
    void noDatesNeverLate() {
        FulfillmentOrder fo = FulfillmentOrder.release(UUID.randomUUID(), UUID.randomUUID(), null,
                "S1", "DC-NJ", FulfillmentType.SHIP, aReleasedOrder().getLines(), "UPS", "GROUND", null, null,
                RELEASED_AT);
        assertThat(ExceptionRules.isLate(fo, RELEASED_AT.plus(Duration.ofDays(365)), UTC)).isFalse();
    }

    @Test
    void anUnknownOrInvalidZoneIsUtc() {
        assertThat(new KnownLocation("DC-1", null, null).zone()).isEqualTo(UTC);
        assertThat(new KnownLocation("DC-1", null, "Mars/Olympus").zone()).isEqualTo(UTC);
        assertThat(new KnownLocation("DC-1", null, "America/New_York").zone()).isEqualTo(NEW_YORK);
    }
}
