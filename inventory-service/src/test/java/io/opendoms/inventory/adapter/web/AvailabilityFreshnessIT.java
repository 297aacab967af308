package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Availability answers from an in-memory index (ADR 0013): every change this instance commits shows in the very next
 * answer, a change made behind its back (another instance) within the index's max age. Each test asks first, so the
 * SKU is in the index before the change.
 */
class AvailabilityFreshnessIT extends InventoryIntegrationTest {

    @Autowired
    private ReserveStockUseCase reserveStock;

    private String manhattan;
    private String lowerEastSide;
    private String boston;
    private String sku;

    @BeforeEach
    void aNetworkAskedFor() {
        manhattan = unique("MAN");
        lowerEastSide = unique("LES");
        boston = unique("BOS");
        sku = unique("SKU");
        createLocation(manhattan, "10001");
        createLocation(lowerEastSide, "10002");
        createLocation(boston, "02108");
        createItem(sku);
        setStock(manhattan, sku, 3);
        setStock(lowerEastSide, sku, 2);
        setStock(boston, sku, 10);
        assertThat(network()).containsExactly(entry(boston, 10), entry(lowerEastSide, 2), entry(manhattan, 3));
    }

    @Test
    void aCheckoutHoldShowsInTheNextAnswer() {
        expect(201, api.post("/api/v1/reservations", READER, """
                {"lines": [{"sku": "%s", "quantity": 4}], "locationId": "%s"}""".formatted(sku, boston)));

        assertThat(network()).contains(entry(boston, 6));
        assertThat(total()).isEqualTo(11);
    }

    @Test
    void aReleasedHoldShowsInTheNextAnswer() {
        String id = expect(201, api.post("/api/v1/reservations", READER, """
                {"lines": [{"sku": "%s", "quantity": 2}], "locationId": "%s"}""".formatted(sku, lowerEastSide)))
                .json().path("id").asString();
        assertThat(network()).doesNotContainKey(lowerEastSide);

        expect(200, api.send("DELETE", "/api/v1/reservations/" + id, READER, null, Map.of()));

        assertThat(network()).contains(entry(lowerEastSide, 2));
    }

    @Test
    void anAdjustmentShowsInTheNextAnswer() {
        expect(200, adjust(newKey(), """
                {"adjustments": [{"locationId": "%s", "sku": "%s", "delta": -1, "reason": "DAMAGED"},
                                 {"locationId": "%s", "sku": "%s", "delta": 5, "reason": "RECOUNT"}]}"""
                .formatted(manhattan, sku, boston, sku)));

        assertThat(network()).containsExactly(entry(boston, 15), entry(lowerEastSide, 2), entry(manhattan, 2));
        assertThat(total()).isEqualTo(19);
    }

    @Test
    void aSnapshotShowsInTheNextAnswerAndSafetyStockIsNotAvailable() {
        expect(200, api.put("/api/v1/stock/" + boston + "/" + sku, WRITER, "{\"onHand\": 10, \"safetyStock\": 4}"));
        assertThat(network()).contains(entry(boston, 6));

        expect(200, api.put("/api/v1/stock/" + manhattan + "/" + sku, WRITER, "{\"onHand\": 3, \"safetyStock\": 3}"));
        assertThat(network()).containsExactly(entry(boston, 6), entry(lowerEastSide, 2));
        assertThat(total()).isEqualTo(8);
    }

    @Test
    void aReservationFromARoutingDecisionShowsInTheNextAnswer() {
        reserve(boston, sku, 7);

        assertThat(network()).contains(entry(boston, 3));
    }

    @Test
    void aDeactivatedLocationDropsOutOfTheNextAnswerAndComesBackWhenReactivated() {
        expect(200, api.put("/api/v1/locations/" + boston, WRITER, location("STORE", "02108", null, null, false)));

        assertThat(network()).containsExactly(entry(lowerEastSide, 2), entry(manhattan, 3));
        assertThat(near("10001", 350)).extracting(l -> l.path("locationId").asString())
                .containsExactly(manhattan, lowerEastSide);

        expect(200, api.put("/api/v1/locations/" + boston, WRITER, location("STORE", "02108", null, null, true)));

        assertThat(network()).containsEntry(boston, 10);
    }

    @Test
    void aMovedLocationIsMeasuredFromWhereItIsNow() {
        assertThat(near("10001", 50)).extracting(l -> l.path("locationId").asString())
                .containsExactly(manhattan, lowerEastSide);

        // Boston's store moves next door to the query's centroid (Manhattan, 10001)
        expect(200, api.put("/api/v1/locations/" + boston, WRITER,
                location("STORE", "10001", 40.7510, -73.9970, true)));

        assertThat(near("10001", 50)).extracting(l -> l.path("locationId").asString())
                .containsExactly(manhattan, boston, lowerEastSide);
    }

    @Test
    void nearAnswersListNearestFirstWithTheirDistancesAndTotalOnlyWhatIsWithin() {
        List<JsonNode> near = near("10001", 350);

        assertThat(near).extracting(l -> l.path("locationId").asString())
                .containsExactly(manhattan, lowerEastSide, boston);
        assertThat(near).extracting(l -> l.path("distanceKm").asDouble()).containsExactly(0.0, 3.95, 302.19);
        assertThat(near("10001", 50)).extracting(l -> l.path("available").asInt()).containsExactly(3, 2);

        reserve(manhattan, sku, 3);

        assertThat(near("10001", 350)).extracting(l -> l.path("locationId").asString())
                .containsExactly(lowerEastSide, boston);
    }

    @Test
    void aChangeMadeByAnotherInstanceShowsWithinTheMaxAge() {
        // another instance's commit: the same database, nothing of this instance's code on its path
        jdbc.update("update stock set on_hand = on_hand - 4 where location_id = ? and sku = ?", boston, sku);
        try {
            assertThat(network()).as("within the max age the index may still answer what it read")
                    .contains(entry(boston, 10));

            clock.advance(Duration.ofHours(1));

            assertThat(network()).contains(entry(boston, 6));
        } finally {
            // the ledger property of the base class: put back what only this test's statement changed
            jdbc.update("update stock set on_hand = on_hand + 4 where location_id = ? and sku = ?", boston, sku);
        }
    }

    /** A routing decision's reservation, as the listener makes it. */
    private void reserve(String locationId, String reservedSku, int quantity) {
        reserveStock.reserve(new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(locationId, "L1", reservedSku, quantity))));
    }

    /** The available units per location of the network-wide answer, in the answer's order (by location id). */
    private Map<String, Integer> network() {
        JsonNode item = expect(200, api.get("/api/v1/availability?sku=" + sku, READER)).json().path("items").get(0);
        Map<String, Integer> units = new LinkedHashMap<>();
        item.path("locations").forEach(l -> units.put(l.path("locationId").asString(), l.path("available").asInt()));
        long sum = units.values().stream().mapToLong(Integer::longValue).sum();
        assertThat(item.path("available").asLong()).as("the total is the sum of the locations").isEqualTo(sum);
        return units;
    }

    private long total() {
        return expect(200, api.get("/api/v1/availability?sku=" + sku, READER)).json().path("items").get(0)
                .path("available").asLong();
    }

    private List<JsonNode> near(String postalCode, int radiusKm) {
        JsonNode item = expect(200, api.get("/api/v1/availability?sku=" + sku + "&postalCode=" + postalCode
                + "&radiusKm=" + radiusKm, READER)).json().path("items").get(0);
        long sum = item.path("locations").valueStream().mapToLong(l -> l.path("available").asLong()).sum();
        assertThat(item.path("available").asLong()).isEqualTo(sum);
        return item.path("locations").valueStream().toList();
    }

    private static Map.Entry<String, Integer> entry(String locationId, int available) {
        return Map.entry(locationId, available);
    }
}
