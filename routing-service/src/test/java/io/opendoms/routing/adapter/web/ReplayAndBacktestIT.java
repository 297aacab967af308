package io.opendoms.routing.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.routing.OrderRouted;
import io.opendoms.routing.support.RoutingIntegrationTest;
import io.opendoms.testkit.TestApi;
import io.opendoms.testkit.TestJwt;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Decisions replay exactly from their stored inputs, and back-tests plan a period again under other rules. */
class ReplayAndBacktestIT extends RoutingIntegrationTest {

    private static final String READER = TestJwt.token("planner", null, List.of("routing:read"),
            Duration.ofMinutes(30));

    @Test
    void aDecisionReplaysExactlyFromItsInputsWhateverTheViewSaysNow() {
        String sku = unique("SKU");
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));
        OrderRouted routed = awaitRouting(orderId, "routing.order-routed", 1).getFirst().payloadAs(OrderRouted.class);
        stock(edison, sku, 0); // the view moved on: a plan now would go to Philadelphia

        TestApi.Response response = api.get("/api/v1/routing/decisions/" + routed.decisionId() + "/replay", READER);

        assertThat(response.status()).isEqualTo(200);
        JsonNode replay = response.json();
        assertThat(replay.path("identical").asBoolean()).isTrue();
        assertThat(replay.path("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(replay.path("trigger").asString()).isEqualTo("ORDER_RECEIVED");
        assertThat(replay.path("replayed").path("shipments").get(0).path("locationId").asString()).isEqualTo(edison);
        assertThat(replay.path("replayed").path("totalCost").decimalValue())
                .isEqualByComparingTo(replay.path("decided").path("totalCost").decimalValue());
        assertThat(jdbc.queryForObject("SELECT inputs FROM decision_inputs WHERE decision_id = ?", String.class,
                routed.decisionId())).contains(edison).contains("\"configVersion\"");
    }

    @Test
    void aDecisionIsStoredUnpricedAndExplainedFromItsInputsWhenRead() {
        String sku = unique("SKU");
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        String philadelphia = dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        UUID orderId = UUID.randomUUID();
        publish(shipOrder(orderId, MANHATTAN_ZIP, line("L1", sku, 2)));
        OrderRouted routed = awaitRouting(orderId, "routing.order-routed", 1).getFirst().payloadAs(OrderRouted.class);
        stock(edison, sku, 0); // the view moved on: the explanation is the decision's, not one of now
        stock(philadelphia, sku, 0);

        String stored = jdbc.queryForObject("SELECT plan FROM routing_decision WHERE decision_id = ?", String.class,
                routed.decisionId());
        JsonNode listed = api.get("/api/v1/routing/decisions?orderId=" + orderId, READER).json().path("items")
                .get(0).path("explanation");
        JsonNode replay = api.get("/api/v1/routing/decisions/" + routed.decisionId() + "/replay", READER).json();

        assertThat(stored).as("the decision path priced nothing").doesNotContain("MORE_EXPENSIVE")
                .contains("\"unpriced\":[\"" + philadelphia + "\"]");
        BigDecimal chosen = cost(listed, edison, "CHOSEN", "LOWEST_COST");
        assertThat(cost(listed, philadelphia, "REJECTED", "MORE_EXPENSIVE")).isGreaterThan(chosen);
        assertThat(listed.toString()).doesNotContain("unpriced");
        assertThat(replay.path("identical").asBoolean()).isTrue();
        assertThat(replay.path("decided").path("explanation")).isEqualTo(listed);
        // the replay's own plan lists the locations its inputs keep (those holding the SKU), explained alike
        assertThat(replay.path("replayed").path("explanation").path("candidates"))
                .extracting(c -> c.path("locationId").asString()).containsExactlyInAnyOrder(edison, philadelphia);
        assertThat(replay.path("replayed").path("explanation").path("candidates"))
                .allSatisfy(c -> assertThat(listed.path("candidates")).contains(c));
    }

    private static BigDecimal cost(JsonNode explanation, String locationId, String outcome, String reason) {
        JsonNode candidate = null;
        for (JsonNode c : explanation.path("candidates")) {
            if (c.path("locationId").asString().equals(locationId)) {
                candidate = c;
            }
        }
        assertThat(candidate).as(locationId + " in " + explanation).isNotNull();
        assertThat(candidate.path("outcome").asString()).isEqualTo(outcome);
        assertThat(candidate.path("reason").asString()).isEqualTo(reason);
        return candidate.path("cost").decimalValue();
    }

    @Test
    void anUnknownDecisionHasNoReplay() {
        assertThat(api.get("/api/v1/routing/decisions/" + UUID.randomUUID() + "/replay", READER).status())
                .isEqualTo(404);
    }

    @Test
    void aBacktestPlansThePeriodAgainWithALocationClosedOrACarrierRemoved() {
        String sku = unique("SKU");
        String edison = dcWith("DC-EDISON", EDISON, sku, 5);
        String philadelphia = dcWith("DC-PHL", PHILADELPHIA, sku, 5);
        Instant from = Instant.now();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        publish(shipOrder(first, MANHATTAN_ZIP, line("L1", sku, 1)));
        publish(shipOrder(second, MANHATTAN_ZIP, line("L1", sku, 2)));
        awaitRouting(first, "routing.order-routed", 1);
        awaitRouting(second, "routing.order-routed", 1);
        Instant to = Instant.now().plusSeconds(1);

        TestApi.Response closed = api.post("/api/v1/routing/backtests", READER, """
                {"from": "%s", "to": "%s", "closeLocations": ["%s"]}""".formatted(from, to, edison));

        assertThat(closed.status()).isEqualTo(200);
        JsonNode report = closed.json();
        assertThat(report.path("decisions").asInt()).isEqualTo(2);
        assertThat(report.path("changedDecisions").asInt()).isEqualTo(2);
        assertThat(report.path("backtested").path("meanDistanceKm").asDouble())
                .isGreaterThan(report.path("decided").path("meanDistanceKm").asDouble());
        assertThat(report.path("difference").path("totalCost").decimalValue()).isPositive();
        assertThat(report.path("biggestChanges")).hasSize(2).allSatisfy(c -> {
            assertThat(c.path("locationsBefore").get(0).asString()).isEqualTo(edison);
            assertThat(c.path("locationsAfter").get(0).asString()).isEqualTo(philadelphia);
        });
        assertThat(report.path("biggestChanges")).extracting(c -> c.path("orderId").asString())
                .containsExactlyInAnyOrder(first.toString(), second.toString());

        TestApi.Response noParcelB = api.post("/api/v1/routing/backtests", READER, """
                {"from": "%s", "to": "%s", "removeServices": [{"carrier": "PARCEL_B"}]}""".formatted(from, to));
        assertThat(noParcelB.status()).isEqualTo(200);
        assertThat(noParcelB.json().path("difference").path("totalCost").decimalValue()).isPositive();

        TestApi.Response unchanged = api.post("/api/v1/routing/backtests", READER, """
                {"from": "%s", "to": "%s"}""".formatted(from, to));
        assertThat(unchanged.json().path("changedDecisions").asInt()).as("same inputs, same rules").isZero();

        // another cost model: the configuration in force with dearer handling at distribution centers
        tools.jackson.databind.node.ObjectNode config = (tools.jackson.databind.node.ObjectNode)
                api.get("/api/v1/routing/config", READER).json();
        config.remove(List.of("version", "updatedAt", "updatedBy"));
        ((tools.jackson.databind.node.ObjectNode) config.path("handling").path("DISTRIBUTION_CENTER"))
                .put("perShipment", 11.50);
        TestApi.Response dearer = api.post("/api/v1/routing/backtests", READER, """
                {"from": "%s", "to": "%s", "config": %s}""".formatted(from, to, config));
        assertThat(dearer.status()).isEqualTo(200);
        assertThat(dearer.json().path("changedDecisions").asInt()).isEqualTo(2);
        assertThat(dearer.json().path("difference").path("totalCost").decimalValue())
                .as("10.00 more per shipment, one shipment per order").isEqualByComparingTo("20.00");
    }

    @Test
    void aBadBacktestRequestNamesEachBadField() {
        TestApi.Response response = api.post("/api/v1/routing/backtests", READER, """
                {"from": "2026-12-01T00:00:00Z", "to": "2026-11-01T00:00:00Z", "limit": 0,
                 "removeServices": [{"carrier": "PARCEL_A"}, {"carrier": "PARCEL_B"}, {"carrier": "AIR_X"},
                                    {"carrier": "COURIER"}], "config": {"zonesKm": [1]}}""");

        assertThat(response.status()).isIn(400, 422);
        assertThat(response.json().path("errors")).extracting(e -> e.path("field").asString())
                .contains("to", "limit", "removeServices", "config.zonesKm");
    }
}
