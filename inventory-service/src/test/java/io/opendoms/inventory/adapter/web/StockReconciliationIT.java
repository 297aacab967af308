package io.opendoms.inventory.adapter.web;

import static io.opendoms.inventory.support.RoutingDecisions.decision;
import static io.opendoms.inventory.support.RoutingDecisions.from;
import static io.opendoms.inventory.support.RoutingDecisions.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.events.EventEnvelope;
import io.opendoms.events.Topics;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StockReconciliationIT extends InventoryIntegrationTest {

    private String dc;
    private String sku;

    @BeforeEach
    void network() {
        dc = unique("DC");
        sku = unique("SKU");
        createLocation(dc, "10001");
        createItem(sku);
        setStock(dc, sku, 10);
    }

    /** Reserves through the normal path, then loses a reservation row's status behind the service's back. */
    private UUID reserveThenLoseTheReservation(int kept, int lost) {
        int before = stockRow(dc, sku)[1];
        OrderRouted first = decision(UUID.randomUUID(), from(dc, units("L1", sku, kept)));
        OrderRouted second = decision(UUID.randomUUID(), from(dc, units("L1", sku, lost)));
        publish(Topics.ROUTING, EventEnvelope.wrap(first, null, Instant.now()));
        publish(Topics.ROUTING, EventEnvelope.wrap(second, null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> stockRow(dc, sku)[1] == before + kept + lost);
        jdbc.update("update reservation set status = 'RELEASED' where order_id = ?", second.orderId());
        return second.orderId();
    }

    @Test
    void reportsReservedThatNoLiveReservationAccountsFor() {
        reserveThenLoseTheReservation(3, 2);

        TestApi.Response report = expect(200, api.get("/api/v1/stock/reconciliation?locationId=" + dc, READER));

        JsonNode drift = report.json().path("drifts").path(0);
        assertThat(report.json().path("drifts").size()).isEqualTo(1);
        assertThat(drift.path("sku").asString()).isEqualTo(sku);
        assertThat(drift.path("reserved").asInt()).isEqualTo(5);
        assertThat(drift.path("live").asInt()).isEqualTo(3);
        assertThat(drift.path("drift").asInt()).isEqualTo(2);
        assertThat(report.json().path("repaired").asBoolean()).isFalse();
        assertThat(stockRow(dc, sku)).as("a report changes nothing").containsExactly(10, 5, 0);
        assertThat(expect(200, api.get("/api/v1/stock/reconciliation", READER)).json().path("drifts").toString())
                .as("the whole network").contains(dc);
    }

    @Test
    void repairSetsReservedToTheLiveSumOnceAndExplainsItInTheLedger() {
        reserveThenLoseTheReservation(3, 2);

        TestApi.Response repair = expect(200, api.post("/api/v1/stock/reconciliation?locationId=" + dc + "&sku=" + sku,
                WRITER, null));

        assertThat(repair.json().path("repaired").asBoolean()).isTrue();
        assertThat(repair.json().path("drifts").path(0).path("drift").asInt()).isEqualTo(2);
        assertThat(stockRow(dc, sku)).containsExactly(10, 3, 0);
        JsonNode movement = expect(200, api.get("/api/v1/stock/" + dc + "/" + sku + "/movements", READER))
                .json().path("items").path(0);
        assertThat(movement.path("kind").asString()).isEqualTo("RECONCILIATION");
        assertThat(movement.path("reservedDelta").asInt()).isEqualTo(-2);
        assertThat(movement.path("actor").asString()).isEqualTo("wms");
        assertThat(outboxCount("inventory.stock-changed", sku)).isGreaterThanOrEqualTo(1);
        assertThat(expect(200, api.post("/api/v1/stock/reconciliation?locationId=" + dc, WRITER, null))
                .json().path("drifts").size()).as("a second repair finds nothing").isZero();
        assertThat(expect(200, api.get("/api/v1/stock/reconciliation?sku=" + sku, READER)).json().path("drifts")
                .size()).isZero();
    }

    @Test
    void booksThatAgreeReportNothing() {
        publish(Topics.ROUTING, EventEnvelope.wrap(decision(UUID.randomUUID(), from(dc, units("L1", sku, 4))), null,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> stockRow(dc, sku)[1] == 4);

        assertThat(expect(200, api.get("/api/v1/stock/reconciliation?locationId=" + dc, READER)).json()
                .path("drifts").size()).isZero();
    }

    @Test
    void checkoutHoldsCountAsLiveReservations() {
        expect(201, api.post("/api/v1/reservations", WRITER, """
                {"lines": [{"sku": "%s", "quantity": 2}], "ttlSeconds": 600, "locationId": "%s"}"""
                .formatted(sku, dc)));
        reserveThenLoseTheReservation(3, 1);

        JsonNode drift = expect(200, api.get("/api/v1/stock/reconciliation?locationId=" + dc, READER)).json()
                .path("drifts").path(0);
        assertThat(drift.path("reserved").asInt()).isEqualTo(6);
        assertThat(drift.path("live").asInt()).as("the order's 3 and the hold's 2").isEqualTo(5);
        expect(200, api.post("/api/v1/stock/reconciliation?locationId=" + dc, WRITER, null));
        assertThat(stockRow(dc, sku)).containsExactly(10, 5, 0);
    }

    @Test
    void unknownFiltersAre404AndBadOnes400() {
        expect(404, api.get("/api/v1/stock/reconciliation?locationId=NOPE-" + UUID.randomUUID(), READER));
        expect(404, api.post("/api/v1/stock/reconciliation?sku=NOPE-" + UUID.randomUUID(), WRITER, null));
        assertThat(expect(400, api.get("/api/v1/stock/reconciliation?locationId=a%20b", READER)).errorFields())
                .isNotEmpty();
        expect(403, api.post("/api/v1/stock/reconciliation", READER, null));
    }
}
