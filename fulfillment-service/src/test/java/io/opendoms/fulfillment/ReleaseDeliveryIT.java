package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventJson;
import io.opendoms.fulfillment.application.CancelFulfillmentUnitsCommand;
import io.opendoms.fulfillment.application.CancelFulfillmentUnitsUseCase;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.platform.retention.PacedPurger;
import io.opendoms.platform.webhook.WebhookSignatures;
import io.opendoms.testkit.TestJwt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/**
 * A location whose WMS partner has a release URL gets its released fulfillment orders POSTed, signed, and retried
 * after a failure; one without pulls them. The tests' partner {@code wms-push} posts to {@link ReleaseReceiver}.
 */
class ReleaseDeliveryIT extends FulfillmentIntegrationTestSupport {

    private static final String PUSH_SECRET = "wms-push-secret";

    @Autowired
    CancelFulfillmentUnitsUseCase cancel;
    @Autowired
    @Qualifier("releaseDeliveryPurger")
    PacedPurger releaseDeliveryPurger;

    private String aPushLocation() {
        String location = "DC-PUSH-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into known_location (location_id, wms_partner_id, updated_at) values (?, 'wms-push', now())",
                location);
        return location;
    }

    @Test
    void aReleaseIsPostedSignedToTheLocationsSystem() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(aPushLocation());
        String id = fo.getId().toString();

        await().atMost(Duration.ofSeconds(20)).until(() -> ReleaseReceiver.receivedFor(id).size() == 1);
        ReleaseReceiver.Received received = ReleaseReceiver.receivedFor(id).getFirst();
        assertThat(WebhookSignatures.verify(PUSH_SECRET, received.signature(),
                received.body().getBytes(StandardCharsets.UTF_8))).isTrue();
        JsonNode body = EventJson.mapper().readTree(received.body());
        assertThat(body.get("type").asString()).isEqualTo("RELEASED");
        assertThat(body.get("eventId").asString()).isNotBlank();
        assertThat(body.get("fulfillment").get("fulfillmentId").asString()).isEqualTo(id);
        assertThat(body.get("fulfillment").get("status").asString()).isEqualTo("RELEASED");
        assertThat(body.get("fulfillment").get("lines").size()).isEqualTo(2);

        JsonNode deliveries = awaitDeliveryStatus(fo.getId(), "DELIVERED");
        JsonNode delivery = deliveries.get("items").get(0);
        assertThat(delivery.get("partnerId").asString()).isEqualTo("wms-push");
        assertThat(delivery.get("attemptLog").size()).isEqualTo(1);
        assertThat(delivery.get("attemptLog").get(0).get("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackOff() {
        String location = aPushLocation();
        // the receiver learns the id only once it is released: script by the location, which is in the body too
        ReleaseReceiver.answer(location, 500, 503);
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(location);
        String id = fo.getId().toString();

        JsonNode delivery = awaitDeliveryStatus(fo.getId(), "DELIVERED").get("items").get(0);
        List<Integer> codes = delivery.get("attemptLog").valueStream().map(a -> a.get("statusCode").asInt()).toList();
        assertThat(codes).containsExactly(500, 503, 200);
        assertThat(ReleaseReceiver.receivedFor(id)).hasSize(3)
                .extracting(ReleaseReceiver.Received::body).containsOnly(ReleaseReceiver.receivedFor(id).getFirst().body());
    }

    @Test
    void aCancelRequestIsPostedToo() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(aPushLocation());
        String id = fo.getId().toString();
        Response picked = postAs("/api/v1/webhooks/wms", "wms-push", PUSH_SECRET, wmsEvent("PICKED", fo.getId(), null));
        assertThat(picked.status()).isEqualTo(200);

        cancel.cancel(new CancelFulfillmentUnitsCommand(fo.getOrderId(), UUID.randomUUID(),
                List.of(new CancelFulfillmentUnitsCommand.Line("L1", "SKU-1", 1))));

        await().atMost(Duration.ofSeconds(20)).until(() -> ReleaseReceiver.receivedFor(id).stream()
                .anyMatch(r -> r.body().contains("CANCEL_REQUESTED")));
        JsonNode body = EventJson.mapper().readTree(ReleaseReceiver.receivedFor(id).stream()
                .filter(r -> r.body().contains("CANCEL_REQUESTED")).findFirst().orElseThrow().body());
        assertThat(body.get("type").asString()).isEqualTo("CANCEL_REQUESTED");
        assertThat(body.get("fulfillment").get("status").asString()).isEqualTo("PICKING");
        assertThat(body.get("fulfillment").get("cancelRequested").get(0).get("lineId").asString()).isEqualTo("L1");
    }

    @Test
    void endedDeliveriesArePurgedAfterTheRetention() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(aPushLocation());
        awaitDeliveryStatus(fo.getId(), "DELIVERED");
        jdbc.update("update release_delivery set created_at = now() - interval '31 days' where fulfillment_id = ?",
                fo.getId());

        releaseDeliveryPurger.purge();

        assertThat(jdbc.queryForObject("select count(*) from release_delivery where fulfillment_id = ?", Long.class,
                fo.getId())).isZero();
    }

    @Test
    void noDeliveryWithoutAReleaseUrl() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        Response deliveries = get("/api/v1/fulfillments/" + fo.getId() + "/deliveries",
                TestJwt.channel("web", "fulfillment:read"));
        assertThat(deliveries.status()).isEqualTo(200);
        assertThat(deliveries.body().get("items").size()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from release_delivery where fulfillment_id = ?", Long.class,
                fo.getId())).isZero();
        assertProblem(get("/api/v1/fulfillments/" + UUID.randomUUID() + "/deliveries", TestJwt.ops()), 404);
        assertProblem(get("/api/v1/fulfillments/" + fo.getId() + "/deliveries",
                TestJwt.channel("web", "orders:read")), 403);
    }

    private JsonNode awaitDeliveryStatus(UUID fulfillmentId, String status) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/v1/fulfillments/" + fulfillmentId + "/deliveries", TestJwt.ops()).body(),
                        b -> b.get("items").size() == 1 && b.get("items").get(0).get("status").asString().equals(status));
    }
}
