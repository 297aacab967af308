package io.opendoms.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentCancelRefused;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentPickedUp;
import io.opendoms.events.fulfillment.FulfillmentReadyForPickup;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.events.order.OrderCancelled;
import io.opendoms.events.fulfillment.FulfillmentExceptionCleared;
import io.opendoms.events.fulfillment.FulfillmentExceptionRaised;
import io.opendoms.events.fulfillment.ReturnLabelScanned;
import io.opendoms.events.returns.ReturnAuthorized;
import io.opendoms.events.returns.ReturnRefunded;
import io.opendoms.events.returns.ReturnRestocked;
import io.opendoms.events.routing.UnitsCancelled;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.HoldPlaced;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.ReservationReleased;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.events.routing.UnallocatedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;

class EventContractTest {

    static final UUID ORDER = UUID.fromString("6f1c2b9e-4c1a-4e7e-9a51-0d3f7f0c1a11");
    static final UUID DECISION = UUID.fromString("0b8a2f33-51d4-4a52-8d6a-2a8f7c4be0c2");
    static final UUID FULFILLMENT = UUID.fromString("9d0e1f22-3a44-4b55-8c66-7d8e9f001122");
    static final UUID HOLD = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    static final PlannedShipment SHIPMENT = new PlannedShipment(DECISION + "-1", "DC-NJ", "SHIP",
            List.of(new PlannedShipment.Line("1", "SKU-1", 2)), "PARCEL_A", "GROUND", 12.5,
            LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-25"), new BigDecimal("9.65"));
    static final List<FulfillmentLine> LINES = List.of(new FulfillmentLine("1", "SKU-1", 2));

    /** One example of every registered record; the catalogue test below fails when one is missing. */
    static List<EventPayload> examples() {
        return List.of(
                new OrderReceived(ORDER, "storefront", "EXT-1", "ann@example.com",
                        new OrderReceived.ShipTo("10001", "US", null, null), "SHIP", "STANDARD", null, null, "USD",
                        List.of(new OrderReceived.Line("1", "SKU-1", 2, new BigDecimal("19.99"))),
                        Instant.parse("2026-11-22T18:00:00Z")),
                new OrderRouted(ORDER, DECISION, "ORDER_RECEIVED", 1, List.of(SHIPMENT),
                        List.of(new UnallocatedLine("2", "SKU-2", 1, "NO_STOCK"))),
                new OrderRouted(ORDER, DECISION, "ORDER_RECEIVED", 1, List.of(SHIPMENT), List.of(), HOLD),
                new OrderAllocated(ORDER, DECISION, List.of(SHIPMENT), List.of(),
                        List.of(new UnallocatedLine("2", "SKU-2", 1, "NO_STOCK"))),
                new StockReserved(ORDER, DECISION, List.of(new StockReserved.Reservation("DC-NJ", "1", "SKU-1", 2))),
                new ReservationFailed(ORDER, DECISION, List.of(new ReservationFailed.Shortage("DC-NJ", "SKU-1", 2, 1))),
                new ReservationReleased(ORDER, DECISION, ReservationReleased.SHORTAGE,
                        List.of(new ReservationReleased.Line("1", "DC-NJ", "SKU-1", 1))),
                new HoldPlaced(HOLD, Instant.parse("2026-11-22T18:15:00Z"),
                        List.of(new HoldPlaced.Line("DC-NJ", "SKU-1", 2))),
                new HoldEnded(HOLD, HoldEnded.CONVERTED, ORDER),
                new HoldEnded(HOLD, HoldEnded.EXPIRED, null),
                new StockChanged("DC-NJ", "SKU-1", 10, 2, 1, 7, "RESERVED"),
                new LocationUpserted("DC-NJ", "Newark DC", "DISTRIBUTION_CENTER", "07102", "US", 40.73, -74.17,
                        "America/New_York", List.of("SHIP"), "15:00", 500, true, "wms-east"),
                new ItemUpserted("SKU-1", "Mug", new BigDecimal("0.45"), true, 30, false, false),
                new FulfillmentReleased(FULFILLMENT, ORDER, "DC-NJ", "SHIP", LINES, "PARCEL_A", "GROUND",
                        LocalDate.parse("2026-11-25")),
                new FulfillmentShipped(FULFILLMENT, ORDER, "DC-NJ", LINES, "PARCEL_A", "GROUND", "1Z999",
                        Instant.parse("2026-11-23T15:00:00Z")),
                new FulfillmentDelivered(FULFILLMENT, ORDER, "DC-NJ", LINES, "1Z999",
                        Instant.parse("2026-11-25T12:00:00Z")),
                new FulfillmentUnfilled(FULFILLMENT, ORDER, "DC-NJ", FulfillmentUnfilled.SHORT_PICKED, LINES,
                        "bin empty", Instant.parse("2026-11-23T14:00:00Z")),
                new OrderCancelled(ORDER, HOLD, false, "customer changed their mind",
                        List.of(new OrderCancelled.Line("1", "SKU-1", 1)), Instant.parse("2026-11-23T09:00:00Z")),
                new UnitsCancelled(ORDER, HOLD, List.of(new UnitsCancelled.Line("1", "SKU-1", 1)),
                        List.of(new UnitsCancelled.Line("2", "SKU-2", 1))),
                new FulfillmentCancelled(FULFILLMENT, ORDER, "DC-NJ", HOLD, "CANCELLED", LINES,
                        Instant.parse("2026-11-23T09:00:01Z")),
                new FulfillmentCancelRefused(ORDER, HOLD, LINES, "being picked at DC-NJ"),
                new ReturnRefunded(HOLD, DECISION, ORDER, new BigDecimal("17.99"), "USD",
                        List.of(new ReturnRefunded.Line("1", 1, new BigDecimal("17.99"))),
                        Instant.parse("2026-11-30T10:00:00Z")),
                new ReturnRestocked(HOLD, DECISION, ORDER, "STORE-9",
                        List.of(new ReturnRestocked.Line("1", "SKU-1", 1)), Instant.parse("2026-11-30T10:00:00Z")),
                new FulfillmentCancelled(FULFILLMENT, ORDER, "STORE-9", null, "CANCELLED", LINES,
                        Instant.parse("2026-11-30T09:00:00Z")),
                new FulfillmentReadyForPickup(FULFILLMENT, ORDER, "STORE-9", "PICKUP", LINES,
                        Instant.parse("2026-11-23T11:00:00Z")),
                new FulfillmentPickedUp(FULFILLMENT, ORDER, "STORE-9", LINES, Instant.parse("2026-11-23T17:30:00Z")),
                new ReturnAuthorized(DECISION, ORDER, "MAIL", null, "PARCEL_A", "RT0000000000000001",
                        List.of(new ReturnAuthorized.Line("1", "SKU-1", 1)), new BigDecimal("17.99"), "USD",
                        Instant.parse("2026-11-29T10:00:00Z")),
                new ReturnLabelScanned(DECISION, ORDER, "PARCEL_A", "RT0000000000000001", "IN_TRANSIT",
                        Instant.parse("2026-11-29T15:00:00Z"), null),
                new FulfillmentExceptionRaised(HOLD, FULFILLMENT, ORDER, "DC-NJ", "LATE",
                        Instant.parse("2026-11-26T00:00:00Z"), "not delivered by 2026-11-25 (status SHIPPED)"),
                new FulfillmentExceptionCleared(HOLD, FULFILLMENT, ORDER, "DC-NJ", "LATE",
                        Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-26T14:00:00Z"), "RESOLVED"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyRecordRoundTripsThroughTheEnvelope(EventPayload payload) {
        EventEnvelope sent = EventEnvelope.wrap(payload, "corr-1", Instant.parse("2026-11-22T18:00:00Z"));

        String wire = EventJson.encode(sent);
        EventEnvelope received = EventJson.decode(wire);

        assertThat(EventJson.encode(received)).isEqualTo(wire);
        assertThat(received.eventId()).isEqualTo(sent.eventId());
        assertThat(received.occurredAt()).isEqualTo(sent.occurredAt());
        assertThat(received.correlationId()).isEqualTo("corr-1");
        assertThat(received.typedPayload()).isEqualTo(payload);
        assertThat(received.key()).isEqualTo(payload.eventKey());
        assertThat(received.type()).isEqualTo(EventCatalog.describe(payload.getClass()).type());
    }

    @Test
    void everyCatalogueEntryHasAnExample() {
        Map<Class<?>, EventPayload> byClass = examples().stream()
                .collect(Collectors.toMap(Object::getClass, Function.identity(), (first, second) -> first));
        assertThat(EventCatalog.all()).allSatisfy(d -> assertThat(byClass).containsKey(d.payloadClass()));
    }

    @Test
    void typesAreLogicalNamesAndTopicsAreKnown() {
        assertThat(EventCatalog.all()).allSatisfy(d -> {
            assertThat(d.type()).matches("[a-z]+\\.[a-z-]+").doesNotContain("io.opendoms");
            assertThat(Topics.all()).contains(d.topic());
        });
    }

    @Test
    void envelopeUsesIsoTimestampsAndCamelCaseFields() {
        EventEnvelope e = EventEnvelope.wrap(examples().getFirst(), "corr-1", Instant.parse("2026-11-22T18:00:00Z"));
        String json = EventJson.encode(e);
        assertThat(json).contains("\"occurredAt\":\"2026-11-22T18:00:00Z\"", "\"correlationId\":\"corr-1\"",
                "\"type\":\"order.received\"", "\"version\":1", "\"receivedAt\":\"2026-11-22T18:00:00Z\"");
    }

    @Test
    void olderProducersPayloadsStillParseAndUnknownFieldsAreIgnored() {
        // A v1 producer that doesn't know fields added later, and a newer one that sends fields we don't know.
        String json = """
                {"eventId":"3e0c7a52-8a55-4a8c-b0b0-6f3a3c2a9f10","type":"inventory.stock-changed","version":1,
                 "occurredAt":"2026-11-22T18:00:00Z","key":"SKU-1","correlationId":null,
                 "payload":{"locationId":"DC-NJ","sku":"SKU-1","onHand":5,"reserved":1,"safetyStock":0,
                            "available":4,"reason":"SNAPSHOT","addedInV2":"x"},"futureEnvelopeField":true}
                """;
        EventEnvelope e = EventJson.decode(json);
        assertThat(e.payloadAs(StockChanged.class)).isEqualTo(new StockChanged("DC-NJ", "SKU-1", 5, 1, 0, 4, "SNAPSHOT"));
    }

    @Test
    void aLocationEventFromBeforeWmsPartnersParsesWithTheDefaultPartner() {
        String json = """
                {"eventId":"3e0c7a52-8a55-4a8c-b0b0-6f3a3c2a9f11","type":"inventory.location-upserted","version":1,
                 "occurredAt":"2026-11-22T18:00:00Z","key":"DC-NJ","correlationId":null,
                 "payload":{"locationId":"DC-NJ","name":"Newark DC","type":"DISTRIBUTION_CENTER","postalCode":"07102",
                            "country":"US","latitude":40.73,"longitude":-74.17,"timeZone":"America/New_York",
                            "capabilities":["SHIP"],"cutoffTime":"15:00","dailyCapacity":500,"active":true}}
                """;
        LocationUpserted location = EventJson.decode(json).payloadAs(LocationUpserted.class);
        assertThat(location.locationId()).isEqualTo("DC-NJ");
        assertThat(location.wmsPartnerId()).isNull();
    }

    @Test
    void aRoutingDecisionFromBeforeCheckoutHoldsParsesWithoutAHold() {
        String json = """
                {"eventId":"3e0c7a52-8a55-4a8c-b0b0-6f3a3c2a9f12","type":"routing.order-routed","version":1,
                 "occurredAt":"2026-11-22T18:00:00Z","key":"6f1c2b9e-4c1a-4e7e-9a51-0d3f7f0c1a11","correlationId":null,
                 "payload":{"orderId":"6f1c2b9e-4c1a-4e7e-9a51-0d3f7f0c1a11",
                            "decisionId":"0b8a2f33-51d4-4a52-8d6a-2a8f7c4be0c2","trigger":"ORDER_RECEIVED",
                            "attempt":1,"shipments":[],"unallocated":[]}}
                """;
        OrderRouted routed = EventJson.decode(json).payloadAs(OrderRouted.class);
        assertThat(routed).isEqualTo(new OrderRouted(ORDER, DECISION, "ORDER_RECEIVED", 1, List.of(), List.of()));
        assertThat(routed.reservationId()).isNull();
    }

    @Test
    void malformedJsonAndUnknownTypesAreRejected() {
        assertThatThrownBy(() -> EventJson.decode("{not json")).isInstanceOf(JacksonException.class);
        EventEnvelope unknown = new EventEnvelope(UUID.randomUUID(), "nobody.knows", 1, Instant.now(), "k", null,
                EventJson.toTree(Map.of("a", 1)));
        assertThatThrownBy(unknown::typedPayload).isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void unregisteredRecordsCannotBeWrapped() {
        record Rogue(String id) implements EventPayload {
            public String eventKey() {
                return id;
            }
        }
        assertThatThrownBy(() -> EventEnvelope.wrap(new Rogue("x"), null, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
