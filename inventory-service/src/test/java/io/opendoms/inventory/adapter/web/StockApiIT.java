package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class StockApiIT extends InventoryIntegrationTest {

    @Autowired
    private ReserveStockUseCase reserveStock;

    private String dc;
    private String sku;

    @BeforeEach
    void network() {
        dc = unique("DC");
        sku = unique("SKU");
        createLocation(dc, "10001");
        createItem(sku);
    }

    @Test
    void setsAnAbsoluteSnapshot() {
        TestApi.Response response = api.put(path(), WRITER, "{\"onHand\": 12, \"safetyStock\": 2}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("""
                {"locationId":"%s","sku":"%s","onHand":12,"reserved":0,"safetyStock":2,"available":10}"""
                .formatted(dc, sku));
        assertThat(expect(200, api.get(path(), READER)).json()).isEqualTo(response.json());
    }

    @Test
    void aSnapshotWithoutSafetyStockKeepsTheCurrentOne() {
        expect(200, api.put(path(), WRITER, "{\"onHand\": 12, \"safetyStock\": 2}"));

        JsonNode stock = expect(200, api.put(path(), WRITER, "{\"onHand\": 5}")).json();

        assertThat(stock.path("safetyStock").asInt()).isEqualTo(2);
        assertThat(stock.path("available").asInt()).isEqualTo(3);
    }

    @Test
    void aSnapshotBelowWhatIsReservedIsAcceptedAndReleasesWhatItNoLongerCovers() {
        setStock(dc, sku, 10);
        reserveStock.reserve(new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, 6))));

        JsonNode stock = expect(200, api.put(path(), WRITER, "{\"onHand\": 4}")).json();

        assertThat(stock.path("onHand").asInt()).isEqualTo(4);
        // the reservation gives back the 2 units no longer on the shelf (ShortageIT has the rules)
        assertThat(stock.path("reserved").asInt()).isEqualTo(4);
        assertThat(stock.path("available").asInt()).isZero();
    }

    @Test
    void knownLocationAndItemWithoutStockReadAsZero() {
        JsonNode stock = expect(200, api.get(path(), READER)).json();

        assertThat(stock.path("onHand").asInt()).isZero();
        assertThat(stock.path("available").asInt()).isZero();
    }

    @Test
    void answers404ForAnUnknownLocationOrSku() {
        TestApi.Response unknownLocation = api.put("/api/v1/stock/" + unique("NOPE") + "/" + sku, WRITER,
                "{\"onHand\": 1}");
        TestApi.Response unknownSku = api.put("/api/v1/stock/" + dc + "/" + unique("NOPE"), WRITER, "{\"onHand\": 1}");

        assertThat(unknownLocation.status()).isEqualTo(404);
        assertThat(unknownLocation.isProblem()).isTrue();
        assertThat(unknownSku.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/stock/" + dc + "/" + unique("NOPE"), READER).status()).isEqualTo(404);
    }

    @Test
    void rejectsNegativeCountsAndStoresNothing() {
        TestApi.Response response = api.put(path(), WRITER, "{\"onHand\": -1, \"safetyStock\": -2}");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("onHand", "safetyStock");
        assertThat(stockRow(dc, sku)).isNull();
        assertThat(outboxCount("inventory.stock-changed", sku)).isZero();
    }

    @Test
    void rejectsAMissingOnHand() {
        TestApi.Response response = api.put(path(), WRITER, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("onHand");
    }

    @Test
    void needsTheWriteScope() {
        assertThat(api.put(path(), READER, "{\"onHand\": 1}").status()).isEqualTo(403);
        assertThat(api.put(path(), null, "{\"onHand\": 1}").status()).isEqualTo(401);
        assertThat(adjust(READER, newKey(), adjustments(dc, sku, 1)).status()).isEqualTo(403);
        assertThat(stockRow(dc, sku)).isNull();
    }

    @Test
    void appliesAdjustmentsInOrder() {
        String other = unique("SKU");
        createItem(other);
        setStock(dc, sku, 5);

        TestApi.Response response = adjust(newKey(), """
                {"adjustments": [
                  {"locationId": "%1$s", "sku": "%2$s", "delta": -5, "reason": "DAMAGED"},
                  {"locationId": "%1$s", "sku": "%2$s", "delta": 3, "reason": "RECEIVED"},
                  {"locationId": "%1$s", "sku": "%3$s", "delta": 7, "reason": "RECEIVED"}]}"""
                .formatted(dc, sku, other));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("items").valueStream()
                .map(s -> s.path("sku").asString() + "=" + s.path("onHand").asInt()))
                .containsExactlyInAnyOrder(sku + "=3", other + "=7");
        assertThat(stockRow(dc, sku)[0]).isEqualTo(3);
        assertThat(stockRow(dc, other)[0]).isEqualTo(7);
    }

    @Test
    void anAdjustmentThatWouldMakeOnHandNegativeIs409AndNothingChanges() {
        String fresh = unique("SKU");
        createItem(fresh);
        setStock(dc, sku, 5);
        int eventsBefore = outboxCount("inventory.stock-changed", sku);

        TestApi.Response response = adjust(newKey(), """
                {"adjustments": [
                  {"locationId": "%1$s", "sku": "%3$s", "delta": 4, "reason": "RECEIVED"},
                  {"locationId": "%1$s", "sku": "%2$s", "delta": 2, "reason": "RECEIVED"},
                  {"locationId": "%1$s", "sku": "%2$s", "delta": -8, "reason": "DAMAGED"}]}"""
                .formatted(dc, sku, fresh));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("detail").asString()).contains("adjustments[2]");
        assertThat(response.errorFields()).containsExactly("adjustments[2].delta");
        assertThat(stockRow(dc, sku)[0]).isEqualTo(5);
        assertThat(stockRow(dc, fresh)).isNull();
        assertThat(outboxCount("inventory.stock-changed", sku)).isEqualTo(eventsBefore);
        assertThat(outboxCount("inventory.stock-changed", fresh)).isZero();
    }

    @Test
    void anUnknownLocationOrSkuInAdjustmentsIs422NamingIt() {
        TestApi.Response response = adjust(newKey(), """
                {"adjustments": [
                  {"locationId": "%s", "sku": "%s", "delta": 1, "reason": "RECEIVED"},
                  {"locationId": "%s", "sku": "%s", "delta": 1, "reason": "RECEIVED"}]}"""
                .formatted(dc, sku, unique("NOPE"), unique("NOPE")));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("adjustments[1].locationId",
                "adjustments[1].sku");
        assertThat(stockRow(dc, sku)).isNull();
    }

    @Test
    void namesEachInvalidAdjustmentField() {
        TestApi.Response response = adjust(newKey(), """
                {"adjustments": [
                  {"locationId": "%s", "sku": "%s", "reason": ""},
                  {"locationId": "bad id", "sku": "%s", "delta": 1, "reason": "RECEIVED"}]}"""
                .formatted(dc, sku, sku));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("adjustments[0].delta",
                "adjustments[0].reason", "adjustments[1].locationId");
        assertThat(stockRow(dc, sku)).isNull();
    }

    @Test
    void rejectsAnEmptyAdjustmentList() {
        TestApi.Response response = adjust(newKey(), "{\"adjustments\": []}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("adjustments");
    }

    private String path() {
        return "/api/v1/stock/" + dc + "/" + sku;
    }

    private static String adjustments(String locationId, String sku, int delta) {
        return """
                {"adjustments": [{"locationId": "%s", "sku": "%s", "delta": %d, "reason": "COUNT"}]}"""
                .formatted(locationId, sku, delta);
    }
}
