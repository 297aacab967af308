package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.platform.webhook.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WmsWebhookIT extends FulfillmentIntegrationTestSupport {

    private static final String WMS = "/api/v1/webhooks/wms";

    @Test
    void pickPackAndShipMoveTheFulfillmentOrderOn() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        assertThat(wms(wmsEvent("PICKED", fo.getId(), null)).body().get("status").asString()).isEqualTo("accepted");
        assertThat(statusOf(fo.getId())).isEqualTo("PICKING");
        wms(wmsEvent("PACKED", fo.getId(), null));
        assertThat(statusOf(fo.getId())).isEqualTo("PACKED");
        Response shipped = wms(wmsEvent("SHIPPED", fo.getId(), "1Z-PPS-" + fo.getId()));

        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.body().get("status").asString()).isEqualTo("accepted");
        assertThat(statusOf(fo.getId())).isEqualTo("SHIPPED");
    }

    @Test
    void aShipmentIsStoredAndAnnounced() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = newTrackingNumber();
        Map<String, Object> report = wmsEvent("SHIPPED", fo.getId(), trackingNumber);

        Response response = wms(report);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").asString()).isEqualTo("accepted");
        Response shown = fulfillment(fo.getId());
        assertThat(shown.body().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shown.body().get("trackingNumber").asString()).isEqualTo(trackingNumber);
        assertThat(shown.body().get("carrier").asString()).isEqualTo("UPS");
        assertThat(shown.body().get("service").asString()).isEqualTo("GROUND");
        FulfillmentShipped event = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), TYPE_SHIPPED, 1)
                .getFirst().payloadAs(FulfillmentShipped.class);
        assertThat(event.fulfillmentId()).isEqualTo(fo.getId());
        assertThat(event.locationId()).isEqualTo("DC-NJ");
        assertThat(event.trackingNumber()).isEqualTo(trackingNumber);
        assertThat(event.carrier()).isEqualTo("UPS");
        assertThat(event.shippedAt()).isEqualTo(Instant.parse((String) report.get("occurredAt")));
        assertThat(event.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 2),
                new FulfillmentLine("L2", "SKU-2", 1));
    }

    @Test
    void aRepeatedEventIdIsAnsweredDuplicateAndChangesNothing() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = newTrackingNumber();
        Map<String, Object> report = wmsEvent("SHIPPED", fo.getId(), trackingNumber);
        wms(report);

        Response again = wms(report);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("status").asString()).isEqualTo("duplicate");
        assertThat(historyOf(fo.getId())).containsExactly("RELEASED", "SHIPPED");
        assertOneShipmentAnnounced(fo, trackingNumber);
    }

    @Test
    void aPartnersOwnEventIdFormatIsDeduplicatedToo() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = newTrackingNumber();
        Map<String, Object> report = wmsEvent("SHIPPED", fo.getId(), trackingNumber);
        report.put("eventId", "wms-evt-" + trackingNumber);

        Response first = wms(report);
        Response again = wms(report);

        assertThat(first.body().get("status").asString()).isEqualTo("accepted");
        assertThat(again.body().get("status").asString()).isEqualTo("duplicate");
        assertOneShipmentAnnounced(fo, trackingNumber);
    }

    @Test
    void aForgedSignatureIsRejectedAndChangesNothing() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        Map<String, Object> report = wmsEvent("SHIPPED", fo.getId(), newTrackingNumber());

        assertProblem(postSigned(WMS, "not-the-secret", Instant.now(), report), 401);
        assertProblem(post(WMS, null, someReport().getBytes(StandardCharsets.UTF_8)), 401);
        byte[] signedBody = "{\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        String signatureOfAnotherBody = WebhookSignatures.sign(WMS_SECRET, Instant.now().getEpochSecond(), signedBody);
        assertProblem(post(WMS, signatureOfAnotherBody, someReport().getBytes(StandardCharsets.UTF_8)), 401);

        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
        assertThat(historyOf(fo.getId())).containsExactly("RELEASED");
        // the rejected eventId was not recorded: a correctly signed delivery of it is still taken
        assertThat(wms(report).body().get("status").asString()).isEqualTo("accepted");
    }

    @Test
    void aStaleSignatureIsRejected() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        Map<String, Object> report = wmsEvent("SHIPPED", fo.getId(), newTrackingNumber());

        Response stale = postSigned(WMS, WMS_SECRET, Instant.now().minusSeconds(301), report);

        assertProblem(stale, 401);
        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
    }

    @Test
    void aShipmentWithoutTrackingNumberNamesTheField() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        Response response = wms(wmsEvent("SHIPPED", fo.getId(), null));

        assertProblem(response, 400);
        assertThat(response.body().get("errors").findValuesAsString("field")).containsExactly("trackingNumber");
        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
    }

    @Test
    void invalidReportsNameEveryBadField() {
        Map<String, Object> report = wmsEvent("PICKED", UUID.randomUUID(), null);
        report.remove("eventId");
        report.remove("occurredAt");

        Response missing = wms(report);
        Response unknownType = wms(wmsEvent("LOST", UUID.randomUUID(), null));

        assertProblem(missing, 400);
        assertThat(missing.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("eventId", "occurredAt");
        assertProblem(unknownType, 400);
        assertThat(unknownType.body().get("errors").findValuesAsString("field")).containsExactly("type");
    }

    @Test
    void aLatePickAfterShipmentIsRecordedButKeepsTheStatus() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        ship(fo);
        Map<String, Object> latePick = wmsEvent("PICKED", fo.getId(), null);
        latePick.put("occurredAt", Instant.now().minusSeconds(3600).toString());

        Response response = wms(latePick);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").asString()).isEqualTo("ignored");
        assertThat(statusOf(fo.getId())).isEqualTo("SHIPPED");
        assertThat(jdbc.queryForList("""
                select event || ':' || applied from fulfillment_status_history
                where fulfillment_id = ? order by id""", String.class, fo.getId()))
                .containsExactly("RELEASED:true", "SHIPPED:true", "PICKED:false");
    }

    @Test
    void anUnknownFulfillmentOrderIsNotFound() {
        Response response = wms(wmsEvent("PICKED", UUID.randomUUID(), null));

        assertProblem(response, 404);
    }

    @Test
    void aTrackingNumberBelongsToOneFulfillmentOrderOfACarrier() {
        FulfillmentOrder first = aReleasedFulfillmentOrder();
        FulfillmentOrder second = aReleasedFulfillmentOrder();
        String trackingNumber = ship(first);

        Map<String, Object> reuse = wmsEvent("SHIPPED", second.getId(), trackingNumber);
        reuse.put("carrier", "ups");

        assertProblem(wms(reuse), 409);
        assertThat(statusOf(second.getId())).isEqualTo("RELEASED");
    }

    @Test
    void concurrentShipmentReportsShipOnce() throws Exception {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        List<Callable<Response>> reports = List.of(
                () -> wms(wmsEvent("SHIPPED", fo.getId(), newTrackingNumber())),
                () -> wms(wmsEvent("SHIPPED", fo.getId(), newTrackingNumber())));

        List<String> outcomes;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            outcomes = pool.invokeAll(reports).stream().map(WmsWebhookIT::outcome).toList();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("accepted", "ignored");
        assertOneShipmentAnnounced(fo, fulfillment(fo.getId()).body().get("trackingNumber").asString());
    }

    /** Delivers the shipment so that its event, published after any shipment event, bounds the wait. */
    private void assertOneShipmentAnnounced(FulfillmentOrder fo, String trackingNumber) {
        assertThat(carrier("UPS", carrierEvent(trackingNumber, "DELIVERED")).status()).isEqualTo(200);
        fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), TYPE_DELIVERED, 1);
        List<EventEnvelope> shipped = fulfillmentTopic.poll(fo.getOrderId().toString(), TYPE_SHIPPED);
        assertThat(shipped).singleElement()
                .satisfies(e -> assertThat(e.payloadAs(FulfillmentShipped.class).trackingNumber())
                        .isEqualTo(trackingNumber));
    }

    private List<String> historyOf(UUID fulfillmentId) {
        return jdbc.queryForList("select event from fulfillment_status_history where fulfillment_id = ? order by id",
                String.class, fulfillmentId);
    }

    private static String outcome(Future<Response> response) {
        try {
            return response.get().body().get("status").asString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String someReport() {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"PICKED\"}";
    }
}
