package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.EventJson;
import io.opendoms.events.Topics;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.platform.webhook.WebhookSignatures;
import io.opendoms.testkit.RawHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** api.md § Webhooks: partners, their own secrets, their own fulfillments, their own event ids, exact paths. */
class PartnerWebhooksIT extends FulfillmentIntegrationTestSupport {

    private static final String WMS = "/api/v1/webhooks/wms";
    private static final String EAST_SECRET = "wms-east-secret";

    /** A location of partner {@code wms-east}, announced the way inventory does it: on Kafka. */
    private String anEastLocation() {
        String locationId = "DC-EAST-" + UUID.randomUUID().toString().substring(0, 8);
        announce(locationId, "wms-east");
        return locationId;
    }

    private void announce(String locationId, String wmsPartnerId) {
        EventEnvelope envelope = EventEnvelope.wrap(new LocationUpserted(locationId, locationId,
                "DISTRIBUTION_CENTER", "10001", "US", 40.7, -74.0, "America/New_York", List.of("SHIP"), "15:00", null,
                true, wmsPartnerId), "it-" + locationId, Instant.now());
        try {
            kafka.send(Topics.INVENTORY, locationId, EventJson.encode(envelope)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "select coalesce(wms_partner_id, '') from known_location where location_id = ?", String.class,
                locationId), rows -> rows.equals(List.of(wmsPartnerId == null ? "" : wmsPartnerId)));
    }

    @Test
    void aWmsPartnerActsOnItsOwnLocationsFulfillmentsWithEitherActiveSecret() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(anEastLocation());

        Response picked = postAs(WMS, "wms-east", EAST_SECRET, wmsEvent("PICKED", fo.getId(), null));
        Response packed = postAs(WMS, "wms-east", "wms-east-old-secret", wmsEvent("PACKED", fo.getId(), null));

        assertThat(picked.status()).as(picked.toString()).isEqualTo(200);
        assertThat(packed.status()).as(packed.toString()).isEqualTo(200);
        assertThat(statusOf(fo.getId())).isEqualTo("PACKED");
    }

    @Test
    void theDefaultPartnerCannotTouchAnotherPartnersFulfillment() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(anEastLocation());

        assertProblem(wms(wmsEvent("SHIPPED", fo.getId(), newTrackingNumber())), 404);

        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
    }

    @Test
    void aPartnerCannotTouchTheDefaultPartnersFulfillment() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        assertProblem(postAs(WMS, "wms-east", EAST_SECRET, wmsEvent("SHIPPED", fo.getId(), newTrackingNumber())), 404);

        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
    }

    @Test
    void anotherPartnersSecretOrAnUnknownPartnerIs401() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(anEastLocation());

        assertProblem(postAs(WMS, "wms-east", WMS_SECRET, wmsEvent("PICKED", fo.getId(), null)), 401);
        assertProblem(postAs(WMS, "wms-west", EAST_SECRET, wmsEvent("PICKED", fo.getId(), null)), 401);
        assertProblem(postAs(WMS, "UPS", CARRIER_SECRET, wmsEvent("PICKED", fo.getId(), null)), 401);

        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
    }

    @Test
    void aLocationFulfillmentHasNotHeardOfBelongsToNoPartner() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt("STORE-NOT-ANNOUNCED-" + UUID.randomUUID());

        assertProblem(wms(wmsEvent("PICKED", fo.getId(), null)), 404);

        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
    }

    @Test
    void aLocationHandedBackToTheDefaultPartnerFollowsTheLatestAnnouncement() {
        String locationId = anEastLocation();
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(locationId);
        announce(locationId, null);

        assertThat(wms(wmsEvent("PICKED", fo.getId(), null)).status()).isEqualTo(200);
        assertProblem(postAs(WMS, "wms-east", EAST_SECRET, wmsEvent("PACKED", fo.getId(), null)), 404);
    }

    @Test
    void eventIdsAreUniquePerPartnerNotAcrossPartners() {
        FulfillmentOrder ours = aReleasedFulfillmentOrder();
        FulfillmentOrder theirs = aReleasedFulfillmentOrderAt(anEastLocation());
        String eventId = "evt-" + UUID.randomUUID();
        Map<String, Object> byDefault = wmsEvent("PICKED", ours.getId(), null);
        byDefault.put("eventId", eventId);
        Map<String, Object> byEast = wmsEvent("PICKED", theirs.getId(), null);
        byEast.put("eventId", eventId);

        assertThat(wms(byDefault).body().get("status").asString()).isEqualTo("accepted");
        assertThat(postAs(WMS, "wms-east", EAST_SECRET, byEast).body().get("status").asString()).isEqualTo("accepted");
        assertThat(postAs(WMS, "wms-east", EAST_SECRET, byEast).body().get("status").asString()).isEqualTo("duplicate");
        assertThat(statusOf(theirs.getId())).isEqualTo("PICKING");
    }

    @Test
    void aCarrierPartnerReportsOnlyOnItsOwnCarriersTrackingNumbers() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = ship(fo);   // shipped with UPS, the planned carrier

        Response notItsCarrier = postAs("/api/v1/webhooks/carriers/UPS", "parcel-hub", "parcel-hub-secret",
                carrierEvent(trackingNumber, "DELIVERED"));
        Response otherCarrierPath = carrier("FEDEX", carrierEvent(trackingNumber, "DELIVERED"));

        assertProblem(notItsCarrier, 404);
        assertProblem(otherCarrierPath, 404);
        assertThat(statusOf(fo.getId())).isEqualTo("SHIPPED");
    }

    @Test
    void aCarrierPartnerNamedByTheHeaderReportsOnTheCarriersItCarries() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = newTrackingNumber();
        Map<String, Object> shipped = wmsEvent("SHIPPED", fo.getId(), trackingNumber);
        shipped.put("carrier", "FEDEX");
        assertThat(wms(shipped).status()).isEqualTo(200);

        Response delivered = postAs("/api/v1/webhooks/carriers/FEDEX", "parcel-hub", "parcel-hub-secret",
                carrierEvent(trackingNumber, "DELIVERED"));

        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        assertThat(statusOf(fo.getId())).isEqualTo("DELIVERED");
    }

    @Test
    void carrierEventIdsAreUniquePerCarrier() {
        FulfillmentOrder viaUps = aReleasedFulfillmentOrder();
        String upsTracking = ship(viaUps);
        FulfillmentOrder viaFedex = aReleasedFulfillmentOrder();
        String fedexTracking = newTrackingNumber();
        Map<String, Object> shipped = wmsEvent("SHIPPED", viaFedex.getId(), fedexTracking);
        shipped.put("carrier", "FEDEX");
        assertThat(wms(shipped).status()).isEqualTo(200);
        Map<String, Object> upsEvent = carrierEvent(upsTracking, "IN_TRANSIT");
        upsEvent.put("eventId", "evt-1");
        Map<String, Object> fedexEvent = carrierEvent(fedexTracking, "IN_TRANSIT");
        fedexEvent.put("eventId", "evt-1");

        assertThat(carrier("UPS", upsEvent).body().get("status").asString()).isEqualTo("accepted");
        assertThat(carrier("FEDEX", fedexEvent).body().get("status").asString()).isEqualTo("accepted");
        assertThat(statusOf(viaFedex.getId())).isEqualTo("IN_TRANSIT");
    }

    /**
     * The bypass found in 2026-11: an unsigned SHIPPED for a real fulfillment order, posted to the WMS path
     * with one letter percent-encoded, was accepted. Every ambiguous spelling is refused and changes nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/webhooks/%77ms", "/api/v1/webhooks/wm%73", "/api/v1/webhooks%2Fwms",
            "/api/v1/webhooks/./wms", "/api/v1/orders/../webhooks/wms", "/api/v1//webhooks/wms",
            "/api/v1/webhooks/wms;a=b", "/api/v1/webhooks/wms/", "/api/v1/webhooks/WMS",
            "/api/v1/webhooks/carrier%73/UPS", "/api/v1/webhooks/carriers/%55PS", "/api/v1/webhooks/carriers/UPS/"})
    void anAmbiguousWebhookPathIsRefusedAndChangesNothing(String path) {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String trackingNumber = newTrackingNumber();
        byte[] body = (path.contains("carrier")
                ? "{\"eventId\":\"" + UUID.randomUUID() + "\",\"trackingNumber\":\"" + trackingNumber
                        + "\",\"status\":\"DELIVERED\",\"occurredAt\":\"" + Instant.now() + "\"}"
                : "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"SHIPPED\",\"fulfillmentId\":\"" + fo.getId()
                        + "\",\"occurredAt\":\"" + Instant.now() + "\",\"trackingNumber\":\"" + trackingNumber + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        for (String signature : new String[] {null,
                WebhookSignatures.sign(path.contains("carrier") ? CARRIER_SECRET : WMS_SECRET,
                        Instant.now().getEpochSecond(), body)}) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            if (signature != null) {
                headers.put("OMS-Signature", signature);
            }

            RawHttp.Response response = RawHttp.send(port, "POST", path, headers, body);

            assertThat(response.status()).as(path + " " + response.body()).isIn(400, 401, 404);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
    }
}
