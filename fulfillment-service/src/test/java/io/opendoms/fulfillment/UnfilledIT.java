package io.opendoms.fulfillment;

import static io.opendoms.fulfillment.FulfillmentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.events.inventory.ReservationReleased;
import io.opendoms.fulfillment.adapter.persistence.PendingShortagePurger;
import io.opendoms.fulfillment.config.PendingShortageProperties;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.testkit.TestJwt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rejections, short picks and shortages take units off fulfillment orders and announce them for re-routing. */
class UnfilledIT extends FulfillmentIntegrationTestSupport {

    @Test
    void aRejectionTakesEveryUnitOffAndAnnouncesThem() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        Response response = wms(wmsEvent("REJECTED", fo.getId(), null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").asString()).isEqualTo("accepted");
        assertThat(statusOf(fo.getId())).isEqualTo("REJECTED");
        FulfillmentUnfilled unfilled = onlyUnfilled(fo);
        assertThat(unfilled.reason()).isEqualTo(FulfillmentUnfilled.REJECTED);
        assertThat(unfilled.fulfillmentId()).isEqualTo(fo.getId());
        assertThat(unfilled.locationId()).isEqualTo("DC-NJ");
        assertThat(unfilled.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 2),
                new FulfillmentLine("L2", "SKU-2", 1));
    }

    @Test
    void aShortPickKeepsWhatWasPickedAndAnnouncesTheRest() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        Map<String, Object> shortPick = wmsEvent("SHORT_PICKED", fo.getId(), null);
        shortPick.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));

        Response response = wms(shortPick);

        assertThat(response.status()).isEqualTo(200);
        Response shown = fulfillment(fo.getId());
        assertThat(shown.body().get("status").asString()).isEqualTo("PICKING");
        assertThat(shown.body().get("lines")).hasSize(1);
        assertThat(shown.body().get("lines").get(0).get("quantity").asInt()).isEqualTo(1);
        FulfillmentUnfilled unfilled = onlyUnfilled(fo);
        assertThat(unfilled.reason()).isEqualTo(FulfillmentUnfilled.SHORT_PICKED);
        assertThat(unfilled.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1),
                new FulfillmentLine("L2", "SKU-2", 1));
    }

    @Test
    void illegalReportsAreConflictsRecordedInTheInboxAndNeverApplied() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        ship(fo);
        Map<String, Object> rejection = wmsEvent("REJECTED", fo.getId(), null);

        assertProblem(wms(rejection), 409);

        assertThat(statusOf(fo.getId())).isEqualTo("SHIPPED");
        assertThat(eventsOf(fo.getId())).containsExactly("RELEASED", "SHIPPED");
        assertThat(jdbc.queryForMap("select status, answer_status from webhook_inbox where event_ref = ?",
                rejection.get("eventId")))
                .containsEntry("status", "REJECTED_INVALID").containsEntry("answer_status", 409);
        FulfillmentOrder rejected = aReleasedFulfillmentOrder();
        wms(wmsEvent("REJECTED", rejected.getId(), null));
        assertProblem(wms(wmsEvent("PICKED", rejected.getId(), null)), 409);
        assertThat(statusOf(rejected.getId())).isEqualTo("REJECTED");
    }

    @Test
    void aShortPickOfUnknownLinesOrMoreThanOrderedIs422AndChangesNothing() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        Map<String, Object> tooMany = wmsEvent("SHORT_PICKED", fo.getId(), null);
        tooMany.put("lines", List.of(Map.of("lineId", "L1", "quantity", 3)));
        Map<String, Object> unknown = wmsEvent("SHORT_PICKED", fo.getId(), null);
        unknown.put("lines", List.of(Map.of("lineId", "L9", "quantity", 1)));

        Response tooManyAnswer = wms(tooMany);
        assertProblem(tooManyAnswer, 422);
        assertThat(tooManyAnswer.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
        assertProblem(wms(unknown), 422);
        Map<String, Object> withoutLines = wmsEvent("SHORT_PICKED", fo.getId(), null);
        assertThat(wms(withoutLines).body().get("errors").get(0).get("field").asString()).isEqualTo("lines");

        assertThat(statusOf(fo.getId())).isEqualTo("RELEASED");
        assertThat(eventsOf(fo.getId())).containsExactly("RELEASED");
        assertThat(fulfillmentTopic.poll(fo.getOrderId().toString(), TYPE_UNFILLED)).isEmpty();
    }

    @Test
    void aStoreRejectsThroughTheApi() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        String path = "/api/v1/fulfillments/" + fo.getId() + "/reject";

        assertProblem(postBearer(path, TestJwt.ops(), Map.of()), 400);
        Response response = postBearer(path, TestJwt.ops(), Map.of("reason", "no staff today"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("status").asString()).isEqualTo("REJECTED");
        FulfillmentUnfilled unfilled = onlyUnfilled(fo);
        assertThat(unfilled.reason()).isEqualTo(FulfillmentUnfilled.REJECTED);
        assertThat(unfilled.detail()).isEqualTo("no staff today");
        assertThat(unfilled.lines()).hasSize(2);
        assertProblem(postBearer(path, TestJwt.ops(), Map.of("reason", "again")), 409);
        assertProblem(postBearer("/api/v1/fulfillments/" + UUID.randomUUID() + "/reject", TestJwt.ops(),
                Map.of("reason", "x")), 404);
        assertProblem(postBearer(path, TestJwt.channel("storefront", "orders:read"), Map.of("reason", "x")), 403);
    }

    @Test
    void aShortageBeforePickingTakesTheUnitsOffAndAnnouncesThem() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        publishOn(Topics.INVENTORY_RESERVATIONS, shortage(fo.getOrderId(), fo.getDecisionId(),
                new ReservationReleased.Line("L1", "DC-NJ", "SKU-1", 1)));

        FulfillmentUnfilled unfilled = onlyUnfilled(fo);
        assertThat(unfilled.reason()).isEqualTo(FulfillmentUnfilled.SHORTAGE);
        assertThat(unfilled.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1));
        Response shown = fulfillment(fo.getId());
        assertThat(shown.body().get("status").asString()).isEqualTo("RELEASED");
        assertThat(shown.body().get("lines").get(0).get("quantity").asInt()).isEqualTo(1);
    }

    @Test
    void aShortageOfEveryUnitCancelsTheFulfillmentOrder() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        publishOn(Topics.INVENTORY_RESERVATIONS, shortage(fo.getOrderId(), fo.getDecisionId(),
                new ReservationReleased.Line("L1", "DC-NJ", "SKU-1", 2),
                new ReservationReleased.Line("L2", "DC-NJ", "SKU-2", 1)));

        assertThat(onlyUnfilled(fo).lines()).hasSize(2);
        awaitStatus(fo.getId(), "CANCELLED");
    }

    @Test
    void aShortageAfterPickingStartedAnnouncesNothing() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        wms(wmsEvent("PICKED", fo.getId(), null));

        publishOn(Topics.INVENTORY_RESERVATIONS, shortage(fo.getOrderId(), fo.getDecisionId(),
                new ReservationReleased.Line("L1", "DC-NJ", "SKU-1", 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(fo.getId()).contains("SHORTAGE"));
        assertThat(jdbc.queryForObject("""
                select applied from fulfillment_status_history where fulfillment_id = ? and event = 'SHORTAGE'""",
                Boolean.class, fo.getId())).isFalse();
        assertThat(fulfillment(fo.getId()).body().get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        // a later announcement of the same order shows the shortage's would have come before it (per-key order)
        wms(wmsEvent("REJECTED", fo.getId(), null));
        assertThat(onlyUnfilled(fo).reason()).isEqualTo(FulfillmentUnfilled.REJECTED);
    }

    @Test
    void aShortageBeforeTheAllocationIsAppliedWhenTheFulfillmentOrderIsCreated() {
        UUID orderId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        publishOn(Topics.INVENTORY_RESERVATIONS, shortage(orderId, decisionId,
                new ReservationReleased.Line("A", "DC-PA", "SKU-A", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from pending_shortage where order_id = ?", Integer.class, orderId) == 1);

        publish(EventEnvelope.wrap(new io.opendoms.events.routing.OrderAllocated(orderId, decisionId,
                List.of(shipment(decisionId + "-1", "DC-PA", "SHIP", "A", "B")), List.of()), "it-" + orderId,
                Instant.now()));

        EventEnvelope event = fulfillmentTopic.awaitEvents(orderId.toString(), TYPE_UNFILLED, 1).getFirst();
        FulfillmentUnfilled unfilled = event.payloadAs(FulfillmentUnfilled.class);
        assertThat(unfilled.reason()).isEqualTo(FulfillmentUnfilled.SHORTAGE);
        assertThat(unfilled.lines()).containsExactly(new FulfillmentLine("A", "SKU-A", 1));
        Response shown = get("/api/v1/fulfillments?orderId=" + orderId, TestJwt.ops());
        assertThat(shown.body().get("items")).singleElement().satisfies(fo -> {
            assertThat(fo.get("status").asString()).isEqualTo("RELEASED");
            assertThat(fo.get("lines")).singleElement()
                    .satisfies(line -> assertThat(line.get("lineId").asString()).isEqualTo("B"));
        });
        assertThat(jdbc.queryForObject("select count(*) from pending_shortage where order_id = ?", Integer.class,
                orderId)).isZero();
    }

    @Test
    void aShortageWhoseFulfillmentOrderNeverComesIsForgottenAfterItsRetention() {
        UUID orderId = UUID.randomUUID();
        jdbc.update("""
                insert into pending_shortage (order_id, decision_id, location_id, line_id, sku, quantity, occurred_at,
                                              recorded_at)
                values (?, ?, 'DC-PA', 'A', 'SKU-A', 1, now(), now())""", orderId, UUID.randomUUID());
        PendingShortageProperties properties = new PendingShortageProperties(Duration.ofDays(14),
                Duration.ofMinutes(10));

        PendingShortagePurger.of(jdbc, properties, Clock.fixed(Instant.now().plus(Duration.ofDays(13)), ZoneOffset.UTC))
                .purge();
        assertThat(pendingOf(orderId)).isEqualTo(1);
        PendingShortagePurger.of(jdbc, properties, Clock.fixed(Instant.now().plus(Duration.ofDays(15)), ZoneOffset.UTC))
                .purge();

        assertThat(pendingOf(orderId)).isZero();
    }

    private int pendingOf(UUID orderId) {
        return jdbc.queryForObject("select count(*) from pending_shortage where order_id = ?", Integer.class, orderId);
    }

    private static EventEnvelope shortage(UUID orderId, UUID decisionId, ReservationReleased.Line... lines) {
        return EventEnvelope.wrap(new ReservationReleased(orderId, decisionId, ReservationReleased.SHORTAGE,
                List.of(lines)), "it-" + orderId, Instant.now());
    }

    /** Waits for the fulfillment order's unfilled event; exactly one must have been published for its order. */
    private FulfillmentUnfilled onlyUnfilled(FulfillmentOrder fo) {
        List<EventEnvelope> events = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), TYPE_UNFILLED, 1);
        assertThat(events).hasSize(1);
        return events.getFirst().payloadAs(FulfillmentUnfilled.class);
    }
}
