package io.opendoms.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.fulfillment.FulfillmentCancelRefused;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.routing.UnitsCancelled;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersCommand;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** routing.units-cancelled takes the sourced units off the fulfillment orders nobody picks yet, and refuses the rest. */
class CancelIT extends FulfillmentIntegrationTestSupport {

    static final String TYPE_CANCELLED = "fulfillment.cancelled";
    static final String TYPE_CANCEL_REFUSED = "fulfillment.cancel-refused";

    @Test
    void aPartialCancelTakesUnitsOffAReleasedFulfillmentOrder() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        UUID cancellationId = UUID.randomUUID();

        publish(unitsCancelled(fo.getOrderId(), cancellationId, new UnitsCancelled.Line("L1", "SKU-1", 1)));

        FulfillmentCancelled cancelled = onlyCancelled(fo.getOrderId());
        assertThat(cancelled.fulfillmentId()).isEqualTo(fo.getId());
        assertThat(cancelled.cancellationId()).isEqualTo(cancellationId);
        assertThat(cancelled.locationId()).isEqualTo("DC-NJ");
        assertThat(cancelled.status()).isEqualTo("RELEASED");
        assertThat(cancelled.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1));
        Response shown = fulfillment(fo.getId());
        assertThat(shown.body().get("status").asString()).isEqualTo("RELEASED");
        assertThat(shown.body().get("lines").get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(eventsOf(fo.getId())).containsExactly("RELEASED", "CANCELLED");
        assertThat(fulfillmentTopic.poll(fo.getOrderId().toString(), TYPE_CANCEL_REFUSED)).isEmpty();
    }

    @Test
    void aWholeCancelCancelsTheFulfillmentOrder() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        publish(unitsCancelled(fo.getOrderId(), UUID.randomUUID(), new UnitsCancelled.Line("L1", "SKU-1", 2),
                new UnitsCancelled.Line("L2", "SKU-2", 1)));

        FulfillmentCancelled cancelled = onlyCancelled(fo.getOrderId());
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 2),
                new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(statusOf(fo.getId())).isEqualTo("CANCELLED");
        // a closed fulfillment order takes no later report
        FulfillmentApiIT.assertProblem(wms(wmsEvent("PICKED", fo.getId(), null)), 409);
    }

    @Test
    void unitsOfTheNewestReleasedFulfillmentOrderGoFirst() {
        UUID orderId = UUID.randomUUID();
        FulfillmentOrder older = release(orderId, "S1", "DC-NJ", 2);
        FulfillmentOrder newer = release(orderId, "S2", "DC-PA", 2);

        publish(unitsCancelled(orderId, UUID.randomUUID(), new UnitsCancelled.Line("L1", "SKU-1", 3)));

        List<EventEnvelope> events = fulfillmentTopic.awaitEvents(orderId.toString(), TYPE_CANCELLED, 2);
        assertThat(events).extracting(e -> e.payloadAs(FulfillmentCancelled.class))
                .extracting(FulfillmentCancelled::fulfillmentId, FulfillmentCancelled::status,
                        c -> c.lines().getFirst().quantity())
                .containsExactly(tuple(newer.getId(), "CANCELLED", 2), tuple(older.getId(), "RELEASED", 1));
    }

    @Test
    void unitsBeingPickedAreAskedOfTheLocationWhichConfirms() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        wms(wmsEvent("PICKED", fo.getId(), null));
        UUID cancellationId = UUID.randomUUID();

        publish(unitsCancelled(fo.getOrderId(), cancellationId, new UnitsCancelled.Line("L1", "SKU-1", 1)));

        await().atMost(Duration.ofSeconds(30)).until(() -> fulfillment(fo.getId()).body().has("cancelRequested"));
        Response asked = fulfillment(fo.getId());
        assertThat(asked.body().get("status").asString()).isEqualTo("PICKING");
        assertThat(asked.body().get("cancelRequested")).singleElement().satisfies(line -> {
            assertThat(line.get("lineId").asString()).isEqualTo("L1");
            assertThat(line.get("quantity").asInt()).isEqualTo(1);
        });
        assertThat(fulfillmentTopic.poll(fo.getOrderId().toString(), TYPE_CANCELLED)).isEmpty();

        Response confirmed = wms(wmsEvent("CANCEL_CONFIRMED", fo.getId(), null));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("status").asString()).isEqualTo("accepted");
        FulfillmentCancelled cancelled = onlyCancelled(fo.getOrderId());
        assertThat(cancelled.cancellationId()).isEqualTo(cancellationId);
        assertThat(cancelled.status()).isEqualTo("PICKING");
        assertThat(cancelled.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1));
        Response shown = fulfillment(fo.getId());
        assertThat(shown.body().has("cancelRequested")).isFalse();
        assertThat(shown.body().get("lines").get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(eventsOf(fo.getId())).containsExactly("RELEASED", "PICKED", "CANCEL_REQUESTED", "CANCEL_CONFIRMED");
        // nothing pending any more: another answer is a conflict
        FulfillmentApiIT.assertProblem(wms(wmsEvent("CANCEL_REFUSED", fo.getId(), null)), 409);
    }

    @Test
    void aLocationRefusesACancelRequestInItsOwnWords() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        wms(wmsEvent("PACKED", fo.getId(), null));
        UUID cancellationId = UUID.randomUUID();
        publish(unitsCancelled(fo.getOrderId(), cancellationId, new UnitsCancelled.Line("L2", "SKU-2", 1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> fulfillment(fo.getId()).body().has("cancelRequested"));
        Map<String, Object> refusal = wmsEvent("CANCEL_REFUSED", fo.getId(), null);
        refusal.put("reason", "already sealed");

        assertThat(wms(refusal).body().get("status").asString()).isEqualTo("accepted");

        FulfillmentCancelRefused refused = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(),
                TYPE_CANCEL_REFUSED, 1).getFirst().payloadAs(FulfillmentCancelRefused.class);
        assertThat(refused.cancellationId()).isEqualTo(cancellationId);
        assertThat(refused.lines()).containsExactly(new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(refused.reason()).isEqualTo("refused by DC-NJ: already sealed");
        assertThat(fulfillment(fo.getId()).body().get("lines")).hasSize(2);
        assertThat(statusOf(fo.getId())).isEqualTo("PACKED");
    }

    @Test
    void aShipmentBeforeTheAnswerRefusesWhatWasAsked() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        wms(wmsEvent("PICKED", fo.getId(), null));
        publish(unitsCancelled(fo.getOrderId(), UUID.randomUUID(), new UnitsCancelled.Line("L1", "SKU-1", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> fulfillment(fo.getId()).body().has("cancelRequested"));

        ship(fo);

        FulfillmentCancelRefused refused = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(),
                TYPE_CANCEL_REFUSED, 1).getFirst().payloadAs(FulfillmentCancelRefused.class);
        assertThat(refused.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 2));
        assertThat(refused.reason()).isEqualTo("shipped from DC-NJ");
        assertThat(fulfillment(fo.getId()).body().has("cancelRequested")).isFalse();
        FulfillmentApiIT.assertProblem(wms(wmsEvent("CANCEL_CONFIRMED", fo.getId(), null)), 409);
    }

    @Test
    void unitsAskedAboutAlreadyAreRefusedWithWhere() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        wms(wmsEvent("PICKED", fo.getId(), null));
        publish(unitsCancelled(fo.getOrderId(), UUID.randomUUID(), new UnitsCancelled.Line("L2", "SKU-2", 1)));

        UUID second = UUID.randomUUID();
        publish(unitsCancelled(fo.getOrderId(), second, new UnitsCancelled.Line("L2", "SKU-2", 1)));

        FulfillmentCancelRefused refused = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(),
                TYPE_CANCEL_REFUSED, 1).getFirst().payloadAs(FulfillmentCancelRefused.class);
        assertThat(refused.cancellationId()).isEqualTo(second);
        assertThat(refused.reason()).isEqualTo("being picked at DC-NJ");
    }

    @Test
    void whatIsReleasedIsCancelledAndWhatShippedOrIsUnknownIsRefused() {
        UUID orderId = UUID.randomUUID();
        FulfillmentOrder shipped = release(orderId, "S1", "DC-NJ", 1);
        ship(shipped);
        FulfillmentOrder released = release(orderId, "S2", "DC-PA", 1);

        publish(unitsCancelled(orderId, UUID.randomUUID(), new UnitsCancelled.Line("L1", "SKU-1", 2),
                new UnitsCancelled.Line("L7", "SKU-7", 1)));

        FulfillmentCancelled cancelled = onlyCancelled(orderId);
        assertThat(cancelled.fulfillmentId()).isEqualTo(released.getId());
        FulfillmentCancelRefused refused = fulfillmentTopic.awaitEvents(orderId.toString(), TYPE_CANCEL_REFUSED, 1)
                .getFirst().payloadAs(FulfillmentCancelRefused.class);
        assertThat(refused.lines()).containsExactly(new FulfillmentLine("L1", "SKU-1", 1),
                new FulfillmentLine("L7", "SKU-7", 1));
        assertThat(refused.reason()).isEqualTo("shipped from DC-NJ; line L7 on no fulfillment order");
    }

    @Test
    void aRepeatedEventOrCancellationChangesNothing() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();
        UUID cancellationId = UUID.randomUUID();
        EventEnvelope event = unitsCancelled(fo.getOrderId(), cancellationId, new UnitsCancelled.Line("L1", "SKU-1", 1));

        publish(event);
        publish(event);
        publish(unitsCancelled(fo.getOrderId(), cancellationId, new UnitsCancelled.Line("L1", "SKU-1", 1)));
        // a marker after them, same key: once it is handled, so are they
        publish(unitsCancelled(fo.getOrderId(), UUID.randomUUID(), new UnitsCancelled.Line("L2", "SKU-2", 1)));

        List<EventEnvelope> events = fulfillmentTopic.awaitEvents(fo.getOrderId().toString(), TYPE_CANCELLED,
                e -> e.payloadAs(FulfillmentCancelled.class).lines().getFirst().lineId().equals("L2"));
        assertThat(events).hasSize(2);
        assertThat(eventsOf(fo.getId())).containsExactly("RELEASED", "CANCELLED", "CANCELLED");
        Response shown = fulfillment(fo.getId());
        assertThat(shown.body().get("lines")).singleElement()
                .satisfies(line -> assertThat(line.get("quantity").asInt()).isEqualTo(1));
    }

    @Test
    void backorderedUnitsAreNotFulfillments() {
        FulfillmentOrder fo = aReleasedFulfillmentOrder();

        publish(EventEnvelope.wrap(new UnitsCancelled(fo.getOrderId(), UUID.randomUUID(), List.of(),
                List.of(new UnitsCancelled.Line("L1", "SKU-1", 1))), "it", Instant.now()));
        publish(unitsCancelled(fo.getOrderId(), UUID.randomUUID(), new UnitsCancelled.Line("L2", "SKU-2", 1)));

        assertThat(onlyCancelled(fo.getOrderId()).lines()).containsExactly(new FulfillmentLine("L2", "SKU-2", 1));
        assertThat(eventsOf(fo.getId())).containsExactly("RELEASED", "CANCELLED");
        assertThat(fulfillment(fo.getId()).body().get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(fulfillmentTopic.poll(fo.getOrderId().toString(), TYPE_CANCEL_REFUSED)).isEmpty();
    }

    private FulfillmentOrder release(UUID orderId, String shipmentId, String locationId, int quantity) {
        return releaseUseCase.release(new ReleaseFulfillmentOrdersCommand(orderId, UUID.randomUUID(), List.of(
                new ReleaseFulfillmentOrdersCommand.Shipment(shipmentId, locationId, FulfillmentType.SHIP,
                        List.of(new io.opendoms.fulfillment.domain.FulfillmentLine("L1", "SKU-1", quantity)),
                        "UPS", "GROUND", LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"))))).getFirst();
    }

    private static EventEnvelope unitsCancelled(UUID orderId, UUID cancellationId, UnitsCancelled.Line... sourced) {
        return EventEnvelope.wrap(new UnitsCancelled(orderId, cancellationId, List.of(sourced), List.of()),
                "it-" + orderId, Instant.now());
    }

    /** Waits for the order's cancelled event; exactly one must have been published. */
    private FulfillmentCancelled onlyCancelled(UUID orderId) {
        List<EventEnvelope> events = fulfillmentTopic.awaitEvents(orderId.toString(), TYPE_CANCELLED, 1);
        assertThat(events).hasSize(1);
        return events.getFirst().payloadAs(FulfillmentCancelled.class);
    }
}
