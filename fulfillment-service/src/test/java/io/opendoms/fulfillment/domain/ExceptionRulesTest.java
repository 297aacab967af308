package io.opendoms.fulfillment.domain;

import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.RELEASED_AT;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aReleasedOrder;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aReleasedPickup;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aShippedOrder;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The exception rules with fixed instants: released 2026-11-22T10:00Z, promised for 2026-11-25. */
class ExceptionRulesTest {

    private static final Duration STUCK_AFTER = Duration.ofHours(48);
    private static final Instant END_OF_PROMISED_DAY = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void lateOnceThePromisedDayIsOverUntilDeliveredOrClosed() {
        FulfillmentOrder fo = aShippedOrder();

        assertThat(ExceptionRules.isLate(fo, END_OF_PROMISED_DAY.minusSeconds(1))).isFalse();
        assertThat(ExceptionRules.isLate(fo, END_OF_PROMISED_DAY)).isTrue();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.LATE, fo)).isFalse();

        fo.recordCarrierEvent(CarrierStatus.DELIVERED, END_OF_PROMISED_DAY, null, END_OF_PROMISED_DAY);
        assertThat(ExceptionRules.isLate(fo, END_OF_PROMISED_DAY.plusSeconds(3600))).isFalse();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.LATE, fo)).isTrue();

        FulfillmentOrder rejected = aReleasedOrder();
        rejected.reject("WMS", at(5), null, at(5));
        assertThat(ExceptionRules.isLate(rejected, END_OF_PROMISED_DAY)).isFalse();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.LATE, rejected)).isTrue();
    }

    @Test
    void stuckAfterTheConfiguredTimeWithoutUpdateBeforeDelivery() {
        FulfillmentOrder fo = aReleasedOrder();

        assertThat(ExceptionRules.isStuck(fo, RELEASED_AT.plus(STUCK_AFTER), STUCK_AFTER)).isFalse();
        assertThat(ExceptionRules.isStuck(fo, RELEASED_AT.plus(STUCK_AFTER).plusSeconds(1), STUCK_AFTER)).isTrue();

        fo.recordWmsEvent(WmsEventType.PICKED, at(60), null, null, null, at(60));
        assertThat(ExceptionRules.isStuck(fo, RELEASED_AT.plus(STUCK_AFTER).plusSeconds(1), STUCK_AFTER)).isFalse();
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.STUCK, fo)).isTrue();

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
        assertThat(ExceptionRules.holding(exception, at(121), STUCK_AFTER))
                .containsExactly(ExceptionKind.DELIVERY_EXCEPTION);
        assertThat(ExceptionRules.holding(rejected, muchLater, STUCK_AFTER)).containsExactly(ExceptionKind.REJECTED);
    }

    @Test
    void aDeliveryExceptionEndsWhenTheCarrierMovesOnARejectionNever() {
        FulfillmentOrder fo = aShippedOrder();
        fo.recordCarrierEvent(CarrierStatus.EXCEPTION, at(120), null, at(120));
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.DELIVERY_EXCEPTION, fo)).isFalse();

        fo.recordCarrierEvent(CarrierStatus.IN_TRANSIT, at(180), null, at(180));
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.DELIVERY_EXCEPTION, fo)).isTrue();

        FulfillmentOrder rejected = aReleasedOrder();
        rejected.reject("WMS", at(5), null, at(5));
        assertThat(ExceptionRules.resolvedByChange(ExceptionKind.REJECTED, rejected)).isFalse();
    }

    @Test
    void noPromisedDateNeverLate() {
        FulfillmentOrder fo = FulfillmentOrder.release(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), null,
                "S1", "DC-NJ", FulfillmentType.SHIP, aReleasedOrder().getLines(), "UPS", "GROUND", null, RELEASED_AT);
        assertThat(ExceptionRules.isLate(fo, RELEASED_AT.plus(Duration.ofDays(365)))).isFalse();
    }
}
