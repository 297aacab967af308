package io.opendoms.routing.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.routing.support.RoutingIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A location's daily capacity counts the fulfillments routing planned there per ship date. */
class DailyCapacityIT extends RoutingIntegrationTest {

    /** Monday 2026-11-23, 08:00 in New York: before the locations' 15:00 cut-off. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T13:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private static final LocalDate TUESDAY = LocalDate.parse("2026-11-24");

    @Test
    void aFullDayPushesTheNextShipmentThereToTheNextBusinessDayAndAFailedReservationGivesItsSlotBack() {
        clock.setTo(MONDAY_MORNING);
        String edison = unique("DC-EDISON");
        String chicago = unique("DC-CHICAGO");
        String sku = unique("SKU");
        location(edison, "DISTRIBUTION_CENTER", EDISON, List.of("SHIP"), true, 1);
        location(chicago, "DISTRIBUTION_CENTER", CHICAGO, List.of("SHIP"), true, null);
        item(sku, "0.4");
        stock(edison, sku, 5);
        stock(chicago, sku, 5);

        UUID first = route(sku);
        assertShipsFrom(first, edison, MONDAY);
        assertThat(used(edison, MONDAY)).isEqualTo(1);
        assertThat(used(chicago, MONDAY)).as("a location without a capacity is not counted").isZero();

        // Edison is full on Monday: shipping from there on Tuesday is still cheaper than Chicago on Monday
        UUID second = route(sku);
        assertShipsFrom(second, edison, TUESDAY);
        assertThat(used(edison, TUESDAY)).isEqualTo(1);

        // inventory could not reserve the first decision: its Monday slot is free again (its re-plan avoids Edison)
        OrderRouted routed = awaitRouting(first, "routing.order-routed", 1).getFirst().payloadAs(OrderRouted.class);
        publish(new ReservationFailed(first, routed.decisionId(),
                List.of(new ReservationFailed.Shortage(edison, sku, 1, 0))));
        awaitRouting(first, "routing.order-routed", 2);
        assertThat(shipment(first).path("locationId").asString()).isEqualTo(chicago);
        assertThat(used(edison, MONDAY)).isZero();
        stock(edison, sku, 5); // the failure set Edison's view to 0; stock arrives again

        UUID third = route(sku);
        assertShipsFrom(third, edison, MONDAY);
        assertThat(used(edison, MONDAY)).isEqualTo(1);
    }

    @Test
    void aWhatIfPlanSeesTheCapacityAlreadyPlanned() {
        clock.setTo(MONDAY_MORNING);
        String edison = unique("DC-EDISON");
        String sku = unique("SKU");
        location(edison, "DISTRIBUTION_CENTER", EDISON, List.of("SHIP"), true, 1);
        item(sku, "0.4");
        stock(edison, sku, 5);
        assertThat(whatIfShipDate(sku)).isEqualTo(MONDAY.toString());

        route(sku);

        assertThat(whatIfShipDate(sku)).isEqualTo(TUESDAY.toString());
    }

    private UUID route(String sku) {
        UUID orderId = UUID.randomUUID();
        publish(new OrderReceived(orderId, "storefront", null, "buyer@example.com",
                new OrderReceived.ShipTo(MANHATTAN_ZIP, "US", null, null), "SHIP", "STANDARD", null, null, "USD",
                List.of(line("L1", sku, 1)), clock.instant()));
        awaitRouting(orderId, "routing.order-routed", 1);
        return orderId;
    }

    private void assertShipsFrom(UUID orderId, String locationId, LocalDate shipDate) {
        JsonNode shipment = shipment(orderId);
        assertThat(shipment.path("locationId").asString()).isEqualTo(locationId);
        assertThat(shipment.path("shipDate").asString()).isEqualTo(shipDate.toString());
    }

    /** The only shipment of the order's latest decision. */
    private JsonNode shipment(UUID orderId) {
        TestApi.Response response = api.get("/api/v1/routing/decisions?orderId=" + orderId, TestJwt.ops());
        assertThat(response.status()).isEqualTo(200);
        JsonNode items = response.json().path("items");
        JsonNode shipments = items.get(items.size() - 1).path("shipments");
        assertThat(shipments).hasSize(1);
        return shipments.get(0);
    }

    private String whatIfShipDate(String sku) {
        TestApi.Response response = api.post("/api/v1/routing/plans", TestJwt.ops(), """
                {"shipTo": {"postalCode": "10001", "country": "US"}, "deliveryMethod": "SHIP",
                 "serviceLevel": "STANDARD", "at": "%s",
                 "lines": [{"lineId": "1", "sku": "%s", "quantity": 1}]}""".formatted(MONDAY_MORNING, sku));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("shipments").get(0).path("shipDate").asString();
    }

    private int used(String locationId, LocalDate day) {
        List<Integer> used = jdbc.queryForList(
                "select used from location_capacity_used where location_id = ? and ship_date = ?", Integer.class,
                locationId, Date.valueOf(day));
        return used.isEmpty() ? 0 : used.getFirst();
    }
}
