package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentPickedUp;
import io.opendoms.events.fulfillment.FulfillmentReadyForPickup;
import io.opendoms.fulfillment.adapter.scheduling.PickupExpiryJob;
import io.opendoms.fulfillment.application.ExpireUncollectedPickupsUseCase;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersCommand;
import io.opendoms.fulfillment.config.PickupProperties;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentType;
import io.opendoms.testkit.TestJwt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pickup and curbside orders: ready at the store, collected by the customer, or cancelled when nobody comes. */
class PickupIT extends FulfillmentIntegrationTestSupport {

    static final String TYPE_READY = "fulfillment.ready-for-pickup";
    static final String TYPE_PICKED_UP = "fulfillment.picked-up";
    static final String TYPE_CANCELLED = "fulfillment.cancelled";

    @Autowired
    ExpireUncollectedPickupsUseCase expire;

    @Test
    void aPickupIsReadyThenPickedUpAndBothAreAnnounced() {
        FulfillmentOrder fo = aReleased(FulfillmentType.PICKUP);

        Response ready = postBearer(path(fo, "ready-for-pickup"), TestJwt.ops(), null);

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().get("status").asString()).isEqualTo("READY_FOR_PICKUP");
        FulfillmentReadyForPickup readyEvent = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), TYPE_READY, 1)
                .getFirst().payloadAs(FulfillmentReadyForPickup.class);
        assertThat(readyEvent.fulfillmentId()).isEqualTo(fo.getId());
        assertThat(readyEvent.type()).isEqualTo("PICKUP");
        assertThat(readyEvent.locationId()).isEqualTo("STORE-9");

        Response collected = postBearer(path(fo, "picked-up"), TestJwt.ops(), null);

        assertThat(collected.status()).isEqualTo(200);
        assertThat(collected.body().get("status").asString()).isEqualTo("PICKED_UP");
        FulfillmentPickedUp pickedUp = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), TYPE_PICKED_UP, 1)
                .getFirst().payloadAs(FulfillmentPickedUp.class);
        assertThat(pickedUp.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 2),
                new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(eventsOf(fo.getId())).containsExactly("RELEASED", "READY_FOR_PICKUP", "PICKED_UP");
        assertProblem(postBearer(path(fo, "picked-up"), TestJwt.ops(), null), 409);
        assertProblem(postBearer(path(fo, "ready-for-pickup"), TestJwt.ops(), null), 409);
    }

    @Test
    void aCurbsideOrderIsReadyAfterPacking() {
        FulfillmentOrder fo = aReleased(FulfillmentType.CURBSIDE);
        jdbc.update("insert into known_location (location_id, wms_partner_id, updated_at) values ('STORE-9', null, now())"
                + " on conflict do nothing");
        assertThat(wms(wmsEvent("PACKED", fo.getId(), null)).status()).isEqualTo(200);

        assertThat(postBearer(path(fo, "ready-for-pickup"), TestJwt.ops(), null).body().get("status").asString())
                .isEqualTo("READY_FOR_PICKUP");
        // the store's action moved it: a late WMS report does not
        assertThat(wms(wmsEvent("PICKED", fo.getId(), null)).body().get("status").asString()).isEqualTo("ignored");
        assertThat(statusOf(fo.getId())).isEqualTo("READY_FOR_PICKUP");
    }

    @Test
    void pickupActionsThatTheStatusOrTypeRuleOutAreConflicts() {
        FulfillmentOrder shipping = aReleasedFulfillmentOrder();
        FulfillmentOrder pickup = aReleased(FulfillmentType.PICKUP);

        assertProblem(postBearer(path(shipping, "ready-for-pickup"), TestJwt.ops(), null), 409);
        assertProblem(postBearer(path(shipping, "picked-up"), TestJwt.ops(), null), 409);
        assertProblem(postBearer(path(pickup, "picked-up"), TestJwt.ops(), null), 409);
        assertProblem(postBearer("/api/v1/fulfillments/" + UUID.randomUUID() + "/picked-up", TestJwt.ops(), null),
                404);
        assertProblem(postBearer("/api/v1/fulfillments/not-a-uuid/picked-up", TestJwt.ops(), null), 400);
        assertProblem(postBearer(path(pickup, "ready-for-pickup"), TestJwt.channel("storefront", "orders:read"),
                null), 403);
        assertThat(statusOf(shipping.getId())).isEqualTo("RELEASED");
        assertThat(statusOf(pickup.getId())).isEqualTo("RELEASED");
        assertThat(eventsOf(pickup.getId())).containsExactly("RELEASED");
    }

    @Test
    void aPickupNobodyCollectsIsCancelledOnceItsExpiryHasPassed() {
        FulfillmentOrder fo = aReleased(FulfillmentType.PICKUP);
        postBearer(path(fo, "ready-for-pickup"), TestJwt.ops(), null);
        PickupProperties sevenDays = new PickupProperties(Duration.ofDays(7), Duration.ofMinutes(1));

        jobAt(sevenDays, Instant.now().plus(Duration.ofDays(6))).expireNow();
        assertThat(statusOf(fo.getId())).isEqualTo("READY_FOR_PICKUP");

        jobAt(sevenDays, Instant.now().plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1))).expireNow();

        assertThat(statusOf(fo.getId())).isEqualTo("CANCELLED");
        List<EventEnvelope> events = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), TYPE_CANCELLED, 1);
        FulfillmentCancelled cancelled = events.getFirst().payloadAs(FulfillmentCancelled.class);
        assertThat(cancelled.cancellationId()).isNull();
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.lines()).hasSize(2);
        assertThat(eventsOf(fo.getId())).containsExactly("RELEASED", "READY_FOR_PICKUP", "PICKUP_EXPIRED");
        assertProblem(postBearer(path(fo, "picked-up"), TestJwt.ops(), null), 409);
        // run again: nothing more
        jobAt(sevenDays, Instant.now().plus(Duration.ofDays(30))).expireNow();
        assertThat(fulfillmentTopic.poll(fo.getOrderId().toString(), TYPE_CANCELLED)).hasSize(1);
    }

    @Test
    void theExpiryIsConfigurableAndACollectedPickupNeverExpires() {
        FulfillmentOrder waiting = aReleased(FulfillmentType.CURBSIDE);
        FulfillmentOrder collected = aReleased(FulfillmentType.PICKUP);
        postBearer(path(waiting, "ready-for-pickup"), TestJwt.ops(), null);
        postBearer(path(collected, "ready-for-pickup"), TestJwt.ops(), null);
        postBearer(path(collected, "picked-up"), TestJwt.ops(), null);

        jobAt(new PickupProperties(Duration.ofHours(2), Duration.ofMinutes(1)),
                Instant.now().plus(Duration.ofHours(3))).expireNow();

        assertThat(statusOf(waiting.getId())).isEqualTo("CANCELLED");
        assertThat(statusOf(collected.getId())).isEqualTo("PICKED_UP");
    }

    private PickupExpiryJob jobAt(PickupProperties properties, Instant now) {
        return new PickupExpiryJob(expire, properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    private FulfillmentOrder aReleased(FulfillmentType type) {
        return releaseUseCase.release(new ReleaseFulfillmentOrdersCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReleaseFulfillmentOrdersCommand.Shipment("S1", "STORE-9", type,
                        List.of(new io.opendoms.fulfillment.domain.FulfillmentLine("L1", "SKU-1", 2),
                                new io.opendoms.fulfillment.domain.FulfillmentLine("L2", "SKU-2", 1)),
                        null, null, LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"))))).getFirst();
    }

    private static String path(FulfillmentOrder fo, String action) {
        return "/api/v1/fulfillments/" + fo.getId() + "/" + action;
    }
}
