package io.opendoms.routing.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.routing.support.RoutingIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class RoutingApiIT extends RoutingIntegrationTest {

    private static final String READER = TestJwt.token("planner", null, List.of("routing:read"),
            Duration.ofMinutes(30));
    private static final String STOREFRONT = TestJwt.channel("storefront",
            TestJwt.CHANNEL_SCOPES.toArray(String[]::new));

    @Test
    void listsEveryDecisionOfAnOrderWithItsPlan() {
        String edison = unique("DC-EDISON");
        String philadelphia = unique("DC-PHL");
        String sku = unique("SKU");
        shipLocation(edison, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(philadelphia, "DISTRIBUTION_CENTER", PHILADELPHIA);
        item(sku, "0.4");
        stock(edison, sku, 5);
        stock(philadelphia, sku, 5);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 1)));
        OrderRouted first = awaitRouting(orderId, "routing.order-routed", 1).getFirst().payloadAs(OrderRouted.class);
        publish(new ReservationFailed(orderId, first.decisionId(),
                List.of(new ReservationFailed.Shortage(edison, sku, 1, 0))));
        awaitRouting(orderId, "routing.order-routed", 2);

        TestApi.Response response = api.get("/api/v1/routing/decisions?orderId=" + orderId, READER);

        assertThat(response.status()).isEqualTo(200);
        JsonNode items = response.json().path("items");
        assertThat(items).hasSize(2);
        JsonNode d1 = items.get(0);
        assertThat(d1.path("decisionId").asString()).isEqualTo(first.decisionId().toString());
        assertThat(d1.path("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(d1.path("trigger").asString()).isEqualTo("ORDER_RECEIVED");
        assertThat(d1.path("attempt").asInt()).isEqualTo(1);
        assertThat(d1.path("status").asString()).isEqualTo("RESERVATION_FAILED");
        assertThat(d1.path("decidedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        JsonNode shipment = d1.path("shipments").get(0);
        assertThat(shipment.path("locationId").asString()).isEqualTo(edison);
        assertThat(shipment.path("lines").get(0).path("lineId").asString()).isEqualTo("L1");
        assertThat(shipment.path("lines").get(0).path("sku").asString()).isEqualTo(sku);
        assertThat(shipment.path("lines").get(0).path("quantity").asInt()).isEqualTo(1);
        // zone 1, 0.5 kg: PARCEL_B GROUND 5.73; handling 1.50 + 0.25
        assertThat(shipment.path("carrier").asString()).isEqualTo("PARCEL_B");
        assertThat(shipment.path("service").asString()).isEqualTo("GROUND");
        assertThat(shipment.path("distanceKm").asDouble()).isEqualTo(43.5);
        assertThat(shipment.path("shipDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(shipment.path("promisedDeliveryDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(shipment.path("cost").path("shipping").decimalValue()).isEqualByComparingTo("5.73");
        assertThat(shipment.path("cost").path("handling").decimalValue()).isEqualByComparingTo("1.75");
        assertThat(shipment.path("cost").path("total").decimalValue()).isEqualByComparingTo("7.48");
        assertThat(d1.path("totalCost").decimalValue()).isEqualByComparingTo("7.48");
        assertThat(d1.path("unallocated")).isEmpty();
        assertThat(d1.path("explanation").path("candidates")).anySatisfy(c -> {
            assertThat(c.path("locationId").asString()).isEqualTo(edison);
            assertThat(c.path("outcome").asString()).isEqualTo("CHOSEN");
            assertThat(c.path("reason").asString()).isEqualTo("LOWEST_COST");
            assertThat(c.path("cost").decimalValue()).isEqualByComparingTo("7.48");
        });
        assertThat(d1.path("explanation").path("candidates")).anySatisfy(c -> {
            assertThat(c.path("locationId").asString()).isEqualTo(philadelphia);
            assertThat(c.path("outcome").asString()).isEqualTo("REJECTED");
            assertThat(c.path("reason").asString()).isEqualTo("MORE_EXPENSIVE");
        });
        JsonNode d2 = items.get(1);
        assertThat(d2.path("trigger").asString()).isEqualTo("RESERVATION_FAILED");
        assertThat(d2.path("attempt").asInt()).isEqualTo(2);
        assertThat(d2.path("status").asString()).isEqualTo("RESERVING");
        assertThat(d2.path("shipments").get(0).path("locationId").asString()).isEqualTo(philadelphia);
    }

    @Test
    void anOrderWithoutDecisionsHasAnEmptyList() {
        TestApi.Response response = api.get("/api/v1/routing/decisions?orderId=" + UUID.randomUUID(), READER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("items")).isEmpty();
    }

    @Test
    void decisionsNeedAValidTokenWithTheRoutingReadScope() {
        String path = "/api/v1/routing/decisions?orderId=" + UUID.randomUUID();

        assertThat(api.get(path, null)).satisfies(r -> assertThat(r.status()).isEqualTo(401))
                .satisfies(r -> assertThat(r.isProblem()).isTrue());
        assertThat(api.get(path, TestJwt.expiredOps()).status()).isEqualTo(401);
        assertThat(api.get(path, STOREFRONT)).satisfies(r -> assertThat(r.status()).isEqualTo(403))
                .satisfies(r -> assertThat(r.isProblem()).isTrue());
        assertThat(api.get(path, TestJwt.ops()).status()).isEqualTo(200);
    }

    @Test
    void decisionsNeedAValidOrderId() {
        TestApi.Response missing = api.get("/api/v1/routing/decisions", READER);
        TestApi.Response malformed = api.get("/api/v1/routing/decisions?orderId=not-a-uuid", READER);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.errorFields()).containsExactly("orderId");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("orderId");
    }

    @Test
    void plansWhatIfWithoutStoringOrPublishingAnything() {
        String edison = unique("DC-EDISON");
        String chicago = unique("DC-CHICAGO");
        String sku = unique("SKU");
        shipLocation(edison, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(chicago, "DISTRIBUTION_CENTER", CHICAGO);
        item(sku, "3.2");
        stock(edison, sku, 1);
        stock(chicago, sku, 5);
        int decisionsBefore = count("routing_decision");
        int eventsBefore = count("platform_outbox");

        // Monday 09:00 in Chicago; only Chicago has two: zone 5, 6.4 kg → 6.5 kg billable,
        // PARCEL_A GROUND 8.50 + 1.20 × 6.5 = 16.30 (4 days), PARCEL_B GROUND 9.00 + 1.30 × 6.5 = 17.45;
        // deadline Monday + 5 business days; handling 1.50 + 0.25 × 2 = 2.00
        TestApi.Response response = api.post("/api/v1/routing/plans", READER, """
                {"shipTo": {"postalCode": "10001", "country": "US"}, "deliveryMethod": "SHIP",
                 "serviceLevel": "STANDARD", "at": "2026-11-23T15:00:00Z",
                 "lines": [{"lineId": "1", "sku": "%s", "quantity": 2}]}""".formatted(sku));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode plan = response.json();
        JsonNode shipment = plan.path("shipments").get(0);
        assertThat(plan.path("shipments")).hasSize(1);
        assertThat(shipment.path("locationId").asString()).isEqualTo(chicago);
        assertThat(shipment.path("carrier").asString()).isEqualTo("PARCEL_A");
        assertThat(shipment.path("service").asString()).isEqualTo("GROUND");
        assertThat(shipment.path("distanceKm").asDouble()).isEqualTo(1144.2);
        assertThat(shipment.path("shipDate").asString()).isEqualTo("2026-11-23");
        assertThat(shipment.path("promisedDeliveryDate").asString()).isEqualTo("2026-11-27");
        assertThat(shipment.path("cost").path("shipping").decimalValue()).isEqualByComparingTo("16.30");
        assertThat(shipment.path("cost").path("total").decimalValue()).isEqualByComparingTo("18.30");
        assertThat(plan.path("totalCost").decimalValue()).isEqualByComparingTo("18.30");
        assertThat(plan.path("unallocated")).isEmpty();
        // Edison's one unit would split the line: Edison 7.08 + 1.75 (zone 1, 3.5 kg) and Chicago 12.70 + 1.75
        assertThat(plan.path("explanation").path("candidates")).anySatisfy(c -> {
            assertThat(c.path("locationId").asString()).isEqualTo(edison);
            assertThat(c.path("outcome").asString()).isEqualTo("REJECTED");
            assertThat(c.path("reason").asString()).isEqualTo("MORE_EXPENSIVE");
            assertThat(c.path("cost").decimalValue()).isEqualByComparingTo("23.28");
        });
        assertThat(count("routing_decision")).isEqualTo(decisionsBefore);
        assertThat(count("platform_outbox")).isEqualTo(eventsBefore);
    }

    @Test
    void plansAWhatIfToAZipWithoutCensusAreaFromTheLocationNearestItsPrefix() {
        String edison = unique("DC-EDISON");
        String chicago = unique("DC-CHICAGO");
        String sku = unique("SKU");
        shipLocation(edison, "DISTRIBUTION_CENTER", EDISON);
        shipLocation(chicago, "DISTRIBUTION_CENTER", CHICAGO);
        item(sku, "1.0");
        stock(edison, sku, 3);
        stock(chicago, sku, 3);

        // 10008 (a New York PO box ZIP) has no census area: it takes the mean centroid of the 100xx ones
        TestApi.Response response = api.post("/api/v1/routing/plans", READER, """
                {"shipTo": {"postalCode": "10008-0123", "country": "US"}, "deliveryMethod": "SHIP",
                 "serviceLevel": "STANDARD", "lines": [{"lineId": "1", "sku": "%s", "quantity": 2}]}""".formatted(sku));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode plan = response.json();
        assertThat(plan.path("unallocated")).isEmpty();
        assertThat(plan.path("shipments")).hasSize(1);
        assertThat(plan.path("shipments").get(0).path("locationId").asString()).isEqualTo(edison);
        assertThat(plan.path("shipments").get(0).path("distanceKm").asDouble()).isEqualTo(46.4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000", "09021"}) // 09021: military mail, no census area with its three digits either
    void aWhatIfForAnUnknownPostalCodeLeavesEverythingUnallocated(String postalCode) {
        TestApi.Response response = api.post("/api/v1/routing/plans", READER, """
                {"shipTo": {"postalCode": "%s", "country": "US"}, "deliveryMethod": "SHIP",
                 "serviceLevel": "EXPRESS", "lines": [{"lineId": "1", "sku": "ANY", "quantity": 1}]}"""
                .formatted(postalCode));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("unallocated").get(0).path("reason").asString())
                .isEqualTo("UNKNOWN_DESTINATION");
    }

    @Test
    void rejectsABadPlanRequestNamingEveryBadField() {
        int decisionsBefore = count("routing_decision");

        TestApi.Response response = api.post("/api/v1/routing/plans", READER, """
                {"shipTo": {"postalCode": "", "country": "US", "latitude": 95},
                 "deliveryMethod": "PICKUP", "serviceLevel": "SOMEDAY",
                 "lines": [{"lineId": "1", "sku": "A", "quantity": 0}, {"lineId": "1", "quantity": 1}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).contains("shipTo.postalCode", "shipTo.latitude", "serviceLevel",
                "pickupLocationId", "lines[0].quantity", "lines[1].sku", "lines[1].lineId");
        assertThat(count("routing_decision")).isEqualTo(decisionsBefore);
    }

    @Test
    void rejectsMalformedOrMissingPlanBodies() {
        TestApi.Response malformed = api.post("/api/v1/routing/plans", READER, "{\"lines\": [");
        TestApi.Response empty = api.post("/api/v1/routing/plans", READER, "{}");
        TestApi.Response wrongType = api.post("/api/v1/routing/plans", READER, """
                {"shipTo": {"postalCode": "10001", "country": "US"}, "deliveryMethod": "SHIP",
                 "serviceLevel": "STANDARD", "lines": [{"lineId": "1", "sku": "A", "quantity": "many"}]}""");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).contains("shipTo", "deliveryMethod", "serviceLevel", "lines");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.isProblem()).isTrue();
    }

    @Test
    void whatIfNeedsTheRoutingReadScope() {
        String body = """
                {"shipTo": {"postalCode": "10001", "country": "US"}, "deliveryMethod": "SHIP",
                 "serviceLevel": "STANDARD", "lines": [{"lineId": "1", "sku": "A", "quantity": 1}]}""";

        assertThat(api.post("/api/v1/routing/plans", null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/routing/plans", STOREFRONT, body).status()).isEqualTo(403);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
