package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventJson;
import io.opendoms.fulfillment.application.CancelFulfillmentUnitsCommand;
import io.opendoms.fulfillment.application.CancelFulfillmentUnitsUseCase;
import io.opendoms.fulfillment.application.ExpireUncollectedPickupsUseCase;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersCommand;
import io.opendoms.fulfillment.application.ReleaseShortageCommand;
import io.opendoms.fulfillment.application.ReleaseShortageUseCase;
import io.opendoms.fulfillment.domain.FulfillmentLine;
import io.opendoms.fulfillment.domain.FulfillmentType;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.platform.retention.PacedPurger;
import io.opendoms.platform.webhook.WebhookSignatures;
import io.opendoms.testkit.TestJwt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
    ReleaseShortageUseCase shortage;
    @Autowired
    ExpireUncollectedPickupsUseCase expire;
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
    void releasedUnitsTakenOffByACancellationArePostedToo() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(aPushLocation());
        String id = fo.getId().toString();
        awaitDeliveryStatus(fo.getId(), "DELIVERED");

        cancel.cancel(new CancelFulfillmentUnitsCommand(fo.getOrderId(), UUID.randomUUID(),
                List.of(new CancelFulfillmentUnitsCommand.Line("L1", "SKU-1", 2))));

        await().atMost(Duration.ofSeconds(20)).until(() -> ReleaseReceiver.receivedFor(id).stream()
                .anyMatch(r -> r.body().contains("\"CANCELLED\"")));
        ReleaseReceiver.Received received = ReleaseReceiver.receivedFor(id).stream()
                .filter(r -> r.body().contains("\"CANCELLED\"")).findFirst().orElseThrow();
        assertThat(WebhookSignatures.verify(PUSH_SECRET, received.signature(),
                received.body().getBytes(StandardCharsets.UTF_8))).isTrue();
        JsonNode body = EventJson.mapper().readTree(received.body());
        assertThat(body.get("type").asString()).isEqualTo("CANCELLED");
        // what the location still fulfils: line L2 only, still released
        JsonNode fulfillment = body.get("fulfillment");
        assertThat(fulfillment.get("status").asString()).isEqualTo("RELEASED");
        assertThat(fulfillment.get("lines").valueStream().map(l -> l.get("lineId").asString()).toList())
                .containsExactly("L2");

        // cancelling the rest closes it, and the location is told that too
        cancel.cancel(new CancelFulfillmentUnitsCommand(fo.getOrderId(), UUID.randomUUID(),
                List.of(new CancelFulfillmentUnitsCommand.Line("L2", "SKU-2", 1))));
        await().atMost(Duration.ofSeconds(20)).until(() -> ReleaseReceiver.receivedFor(id).stream()
                .anyMatch(r -> r.body().contains("\"CANCELLED\"") && r.body().contains("\"status\":\"CANCELLED\"")));
    }

    @Test
    void unitsTakenOffForAShortageOrAnExpiredPickupArePostedToo() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(aPushLocation());
        String id = fo.getId().toString();
        shortage.release(new ReleaseShortageCommand(fo.getOrderId(), fo.getDecisionId(), Instant.now(),
                List.of(new ReleaseShortageCommand.Line("L1", fo.getLocationId(), "SKU-1", 1))));
        await().atMost(Duration.ofSeconds(20)).until(() -> ReleaseReceiver.receivedFor(id).stream()
                .anyMatch(r -> r.body().contains("\"SHORTAGE\"")));
        JsonNode shortageBody = EventJson.mapper().readTree(ReleaseReceiver.receivedFor(id).stream()
                .filter(r -> r.body().contains("\"SHORTAGE\"")).findFirst().orElseThrow().body());
        assertThat(shortageBody.get("fulfillment").get("lines").get(0).get("quantity").asInt()).isEqualTo(1);

        String store = aPushLocation();
        FulfillmentOrder pickup = releaseUseCase.release(new ReleaseFulfillmentOrdersCommand(UUID.randomUUID(),
                UUID.randomUUID(), List.of(new ReleaseFulfillmentOrdersCommand.Shipment("S1", store,
                        FulfillmentType.PICKUP, List.of(new FulfillmentLine("L1", "SKU-1", 1)), null, null, null,
                        null)))).getFirst();
        assertThat(postBearer("/api/v1/fulfillments/" + pickup.getId() + "/ready-for-pickup",
                TestJwt.channel("web", "fulfillment:write"), null).status()).isEqualTo(200);
        expire.expire(Instant.now().plusSeconds(1), Instant.now().plusSeconds(1), 1000);
        String pickupId = pickup.getId().toString();
        await().atMost(Duration.ofSeconds(20)).until(() -> ReleaseReceiver.receivedFor(pickupId).stream()
                .anyMatch(r -> r.body().contains("\"CANCELLED\"")));
    }

    @Test
    void opsResendAFailedDelivery() {
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(aPushLocation());
        String id = fo.getId().toString();
        JsonNode delivered = awaitDeliveryStatus(fo.getId(), "DELIVERED").get("items").get(0);
        String deliveryId = delivered.get("id").asString();
        // as if every attempt had failed for the whole retry period (the location's system was down)
        jdbc.update("update release_delivery set status = 'FAILED', next_attempt_at = null, delivered_at = null"
                + " where id = ?::uuid", deliveryId);
        String resend = "/api/v1/fulfillments/" + id + "/deliveries/" + deliveryId + "/resend";

        assertProblem(postBearer(resend, TestJwt.channel("web", "fulfillment:write"), null), 403);
        Response resent = postBearer(resend, TestJwt.ops(), null);
        assertThat(resent.status()).isEqualTo(202);
        assertThat(resent.body().get("id").asString()).isEqualTo(deliveryId);

        await().atMost(Duration.ofSeconds(20)).until(() -> ReleaseReceiver.receivedFor(id).size() == 2);
        List<ReleaseReceiver.Received> received = ReleaseReceiver.receivedFor(id);
        assertThat(received.get(1).body()).as("the same body, so the receiver de-duplicates on its eventId")
                .isEqualTo(received.get(0).body());
        JsonNode again = awaitDeliveryStatus(fo.getId(), "DELIVERED").get("items").get(0);
        assertThat(again.get("attemptLog").size()).isEqualTo(2);

        assertProblem(postBearer("/api/v1/fulfillments/" + id + "/deliveries/" + UUID.randomUUID() + "/resend",
                TestJwt.ops(), null), 404);
        assertProblem(postBearer("/api/v1/fulfillments/" + UUID.randomUUID() + "/deliveries/" + deliveryId
                + "/resend", TestJwt.ops(), null), 404);
        assertProblem(postBearer("/api/v1/fulfillments/" + id + "/deliveries/not-a-uuid/resend", TestJwt.ops(),
                null), 400);
    }

    @Test
    void aPendingDeliveryIsNotResent() {
        String location = aPushLocation();
        ReleaseReceiver.answer(location, 500, 500, 500, 500, 500, 500, 500, 500);
        FulfillmentOrder fo = aReleasedFulfillmentOrderAt(location);
        JsonNode pending = await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/api/v1/fulfillments/" + fo.getId() + "/deliveries", TestJwt.ops()).body(),
                        b -> b.get("items").size() == 1 && b.get("items").get(0).get("attempts").asInt() >= 1);
        String deliveryId = pending.get("items").get(0).get("id").asString();
        assertThat(pending.get("items").get(0).get("status").asString()).isEqualTo("PENDING");
        // its next attempt far off, so that it stays PENDING whatever the machine's pace
        jdbc.update("update release_delivery set next_attempt_at = now() + interval '1 hour' where id = ?::uuid",
                deliveryId);

        assertProblem(postBearer("/api/v1/fulfillments/" + fo.getId() + "/deliveries/" + deliveryId + "/resend",
                TestJwt.ops(), null), 409);
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
