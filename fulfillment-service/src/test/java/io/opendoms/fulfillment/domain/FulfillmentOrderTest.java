package io.opendoms.fulfillment.domain;

import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aReleasedOrder;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.aShippedOrder;
import static io.opendoms.fulfillment.domain.FulfillmentOrderFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FulfillmentOrderTest {

    @Test
    void releaseStartsTheHistory() {
        FulfillmentOrder fo = aReleasedOrder();

        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.RELEASED);
        assertThat(fo.getTrackingNumber()).isNull();
        assertThat(fo.pullNewChanges()).singleElement().satisfies(change -> {
            assertThat(change.event()).isEqualTo("RELEASED");
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(FulfillmentStatus.RELEASED);
            assertThat(change.applied()).isTrue();
        });
        assertThat(fo.pullNewChanges()).isEmpty();
    }

    @Test
    void warehouseReportsMoveTheStatusForward() {
        FulfillmentOrder fo = aReleasedOrder();

        fo.recordWmsEvent(WmsEventType.PICKED, at(10), null, null, null, at(10));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.PICKING);
        fo.recordWmsEvent(WmsEventType.PACKED, at(20), null, null, null, at(20));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.PACKED);
        StatusChange shipped = fo.recordWmsEvent(WmsEventType.SHIPPED, at(30), null, null, "1Z1", at(30));

        assertThat(shipped.applied()).isTrue();
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.SHIPPED);
        assertThat(fo.getStatusOccurredAt()).isEqualTo(at(30));
    }

    @Test
    void shippingKeepsThePlannedCarrierServiceUnlessTheWarehouseNamesOthers() {
        FulfillmentOrder planned = aReleasedOrder();
        planned.recordWmsEvent(WmsEventType.SHIPPED, at(30), null, " ", "1Z1", at(30));
        assertThat(planned.getCarrier()).isEqualTo("UPS");
        assertThat(planned.getService()).isEqualTo("GROUND");
        assertThat(planned.getTrackingNumber()).isEqualTo("1Z1");

        FulfillmentOrder switched = aReleasedOrder();
        switched.recordWmsEvent(WmsEventType.SHIPPED, at(30), "FEDEX", "2DAY", "7489", at(30));
        assertThat(switched.getCarrier()).isEqualTo("FEDEX");
        assertThat(switched.getService()).isEqualTo("2DAY");
    }

    @Test
    void shippingCanSkipPickAndPack() {
        FulfillmentOrder fo = aReleasedOrder();

        fo.recordWmsEvent(WmsEventType.SHIPPED, at(5), null, null, "1Z1", at(5));

        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.SHIPPED);
    }

    @Test
    void latePickAfterShipmentIsRecordedButChangesNothing() {
        FulfillmentOrder fo = aShippedOrder();

        StatusChange late = fo.recordWmsEvent(WmsEventType.PICKED, at(10), null, null, null, at(90));

        assertThat(late.applied()).isFalse();
        assertThat(late.from()).isEqualTo(FulfillmentStatus.SHIPPED);
        assertThat(late.to()).isEqualTo(FulfillmentStatus.SHIPPED);
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.SHIPPED);
        assertThat(fo.getStatusOccurredAt()).isEqualTo(at(60));
        assertThat(fo.pullNewChanges()).containsExactly(late);
    }

    @Test
    void aSecondShipmentReportKeepsTheFirstTrackingNumber() {
        FulfillmentOrder fo = aShippedOrder();

        StatusChange again = fo.recordWmsEvent(WmsEventType.SHIPPED, at(70), "FEDEX", null, "OTHER", at(70));

        assertThat(again.applied()).isFalse();
        assertThat(fo.getTrackingNumber()).isEqualTo("1Z999");
        assertThat(fo.getCarrier()).isEqualTo("UPS");
    }

    @Test
    void shippingWithoutTrackingNumberIsRefused() {
        FulfillmentOrder fo = aReleasedOrder();

        assertThatThrownBy(() -> fo.recordWmsEvent(WmsEventType.SHIPPED, at(5), null, null, " ", at(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.RELEASED);
    }

    @Test
    void carrierScansMoveTheShipmentToDelivered() {
        FulfillmentOrder fo = aShippedOrder();

        fo.recordCarrierEvent(CarrierStatus.IN_TRANSIT, at(120), null, at(120));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.IN_TRANSIT);
        fo.recordCarrierEvent(CarrierStatus.OUT_FOR_DELIVERY, at(600), null, at(600));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.OUT_FOR_DELIVERY);
        fo.recordCarrierEvent(CarrierStatus.DELIVERED, at(700), null, at(700));

        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.DELIVERED);
    }

    @Test
    void nothingMovesADeliveredShipment() {
        FulfillmentOrder fo = aShippedOrder();
        fo.recordCarrierEvent(CarrierStatus.DELIVERED, at(700), null, at(700));

        List<StatusChange> late = List.of(
                fo.recordCarrierEvent(CarrierStatus.OUT_FOR_DELIVERY, at(600), null, at(800)),
                fo.recordCarrierEvent(CarrierStatus.EXCEPTION, at(900), "damaged", at(900)),
                fo.recordWmsEvent(WmsEventType.PACKED, at(20), null, null, null, at(900)));

        assertThat(late).noneMatch(StatusChange::applied);
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.DELIVERED);
    }

    @Test
    void exceptionThenDeliveredEndsDelivered() {
        FulfillmentOrder fo = aShippedOrder();
        fo.recordCarrierEvent(CarrierStatus.IN_TRANSIT, at(120), null, at(120));

        StatusChange exception = fo.recordCarrierEvent(CarrierStatus.EXCEPTION, at(300), "address", at(300));
        assertThat(exception.applied()).isTrue();
        assertThat(exception.detail()).isEqualTo("address");
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.DELIVERY_EXCEPTION);

        fo.recordCarrierEvent(CarrierStatus.DELIVERED, at(900), null, at(900));
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.DELIVERED);
    }

    @Test
    void deliveredWinsEvenWhenReportedAsOlderThanTheException() {
        FulfillmentOrder fo = aShippedOrder();
        fo.recordCarrierEvent(CarrierStatus.EXCEPTION, at(300), null, at(300));

        fo.recordCarrierEvent(CarrierStatus.DELIVERED, at(200), null, at(310));

        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.DELIVERED);
    }

    @Test
    void aScanAfterTheExceptionResumesTheJourneyButAnOlderOneDoesNot() {
        FulfillmentOrder fo = aShippedOrder();
        fo.recordCarrierEvent(CarrierStatus.EXCEPTION, at(300), null, at(300));

        StatusChange older = fo.recordCarrierEvent(CarrierStatus.IN_TRANSIT, at(200), null, at(310));
        assertThat(older.applied()).isFalse();
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.DELIVERY_EXCEPTION);

        StatusChange resumed = fo.recordCarrierEvent(CarrierStatus.OUT_FOR_DELIVERY, at(400), null, at(400));
        assertThat(resumed.applied()).isTrue();
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.OUT_FOR_DELIVERY);
    }

    @Test
    void anExceptionOlderThanTheLatestScanIsStale() {
        FulfillmentOrder fo = aShippedOrder();
        fo.recordCarrierEvent(CarrierStatus.OUT_FOR_DELIVERY, at(600), null, at(600));

        StatusChange stale = fo.recordCarrierEvent(CarrierStatus.EXCEPTION, at(300), null, at(610));

        assertThat(stale.applied()).isFalse();
        assertThat(fo.getStatus()).isEqualTo(FulfillmentStatus.OUT_FOR_DELIVERY);
    }

    @Test
    void noExceptionBeforeTheShipmentLeft() {
        FulfillmentOrder fo = aReleasedOrder();

        assertThat(fo.canMoveTo(FulfillmentStatus.DELIVERY_EXCEPTION, at(300))).isFalse();
    }
}
