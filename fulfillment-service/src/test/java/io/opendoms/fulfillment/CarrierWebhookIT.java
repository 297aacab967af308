package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarrierWebhookIT extends FulfillmentIntegrationTestSupport {

    @Test
    void trackingScansLeadToDeliveryWhichIsAnnounced() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = ship(fo);

        assertThat(carrier("ups", carrierEvent(trackingNumber, "IN_TRANSIT")).body().get("status").asString())
                .isEqualTo("accepted");
        assertThat(statusOf(fo.getId())).isEqualTo("IN_TRANSIT");
        carrier("UPS", carrierEvent(trackingNumber, "OUT_FOR_DELIVERY"));
        assertThat(statusOf(fo.getId())).isEqualTo("OUT_FOR_DELIVERY");
        Map<String, Object> delivered = carrierEvent(trackingNumber, "DELIVERED");
        Response response = carrier("Ups", delivered);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").asString()).isEqualTo("accepted");
        assertThat(statusOf(fo.getId())).isEqualTo("DELIVERED");
        FulfillmentDelivered event = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), TYPE_DELIVERED, 1)
                .getFirst().payloadAs(FulfillmentDelivered.class);
        assertThat(event.fulfillmentId()).isEqualTo(fo.getId());
        assertThat(event.orderId()).isEqualTo(fo.getOrderId());
        assertThat(event.locationId()).isEqualTo("DC-NJ");
        assertThat(event.trackingNumber()).isEqualTo(trackingNumber);
        assertThat(event.deliveredAt()).isEqualTo(Instant.parse((String) delivered.get("occurredAt")));
        assertThat(event.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 2),
                new FulfillmentLine("L2", "SKU-2", 1));
    }

    @Test
    void aDeliveryExceptionIsClearedByTheDelivery() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = ship(fo);
        Map<String, Object> exception = carrierEvent(trackingNumber, "EXCEPTION");
        exception.put("detail", "Address not found");

        carrier("UPS", exception);
        assertThat(statusOf(fo.getId())).isEqualTo("DELIVERY_EXCEPTION");
        carrier("UPS", carrierEvent(trackingNumber, "DELIVERED"));

        assertThat(statusOf(fo.getId())).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("""
                select detail from fulfillment_status_history where fulfillment_id = ? and event = 'EXCEPTION'""",
                String.class, fo.getId())).isEqualTo("Address not found");
    }

    @Test
    void aRepeatedEventIdIsAnsweredDuplicate() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = ship(fo);
        Map<String, Object> inTransit = carrierEvent(trackingNumber, "IN_TRANSIT");
        carrier("UPS", inTransit);

        Response again = carrier("UPS", inTransit);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("status").asString()).isEqualTo("duplicate");
        assertThat(jdbc.queryForObject("select count(*) from fulfillment_status_history where fulfillment_id = ?",
                Integer.class, fo.getId())).isEqualTo(3);
    }

    @Test
    void anUnknownTrackingNumberIsNotFound() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = ship(fo);

        assertProblem(carrier("UPS", carrierEvent(newTrackingNumber(), "DELIVERED")), 404);
        assertProblem(carrier("FEDEX", carrierEvent(trackingNumber, "DELIVERED")), 404);
        assertThat(statusOf(fo.getId())).isEqualTo("SHIPPED");
    }

    @Test
    void carrierReportsNeedTheCarriersSignature() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = ship(fo);

        Response signedAsWms = postSigned("/api/v1/webhooks/carriers/UPS", WMS_SECRET, Instant.now(),
                carrierEvent(trackingNumber, "DELIVERED"));

        assertProblem(signedAsWms, 401);
        assertThat(statusOf(fo.getId())).isEqualTo("SHIPPED");
    }

    @Test
    void invalidReportsNameEveryBadField() {
        Map<String, Object> report = carrierEvent(" ", "LOST_IN_SPACE");

        Response badStatus = carrier("UPS", report);
        report.put("status", "DELIVERED");
        report.remove("eventId");
        Response missing = carrier("UPS", report);

        assertProblem(badStatus, 400);
        assertThat(badStatus.body().get("errors").findValuesAsString("field")).containsExactly("status");
        assertProblem(missing, 400);
        assertThat(missing.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("eventId", "trackingNumber");
    }
}
