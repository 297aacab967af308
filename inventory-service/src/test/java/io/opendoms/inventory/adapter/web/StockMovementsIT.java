package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.application.DeductShippedStockCommand;
import io.opendoms.inventory.application.DeductShippedStockUseCase;
import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The stock ledger: every movement recorded with its cause, and GET .../movements to read it. */
class StockMovementsIT extends InventoryIntegrationTest {

    @Autowired
    private ReserveStockUseCase reserveStock;
    @Autowired
    private DeductShippedStockUseCase deductShippedStock;

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
    void recordsEveryKindOfMovementWithItsCause() {
        UUID orderId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        UUID fulfillmentId = UUID.randomUUID();
        String key = newKey();

        setStock(dc, sku, 10);
        expect(200, adjust(key, """
                {"adjustments": [{"locationId": "%s", "sku": "%s", "delta": -2, "reason": "DAMAGED"}]}"""
                .formatted(dc, sku)));
        reserveStock.reserve(new ReserveStockCommand(orderId, decisionId, List.of(new ReservationLine(dc, "L1", sku,
                3))));
        deductShippedStock.deduct(new DeductShippedStockCommand(fulfillmentId, orderId, dc,
                List.of(new DeductShippedStockCommand.Line("L1", sku, 3)), Instant.now()));

        JsonNode page = expect(200, api.get(movements(""), READER)).json();

        assertThat(page.path("totalItems").asLong()).isEqualTo(4);
        List<JsonNode> items = page.path("items").valueStream().toList();
        assertThat(items).extracting(m -> m.path("kind").asString())
                .containsExactly("SHIPMENT", "RESERVATION", "ADJUSTMENT", "SNAPSHOT");
        assertThat(items).extracting(m -> m.path("id").asLong()).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        JsonNode shipment = items.get(0);
        assertThat(shipment.path("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(shipment.path("reference").asString()).isEqualTo(fulfillmentId.toString());
        assertThat(figures(shipment)).containsExactly(-3, -3, 5, 0);

        JsonNode reservation = items.get(1);
        assertThat(reservation.path("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(reservation.path("reference").asString()).isEqualTo(decisionId.toString());
        assertThat(figures(reservation)).containsExactly(0, 3, 8, 3);

        JsonNode adjustment = items.get(2);
        assertThat(adjustment.path("reason").asString()).isEqualTo("DAMAGED");
        assertThat(adjustment.path("reference").asString()).isEqualTo(key);
        assertThat(adjustment.path("actor").asString()).isEqualTo("wms");
        assertThat(adjustment.has("orderId")).isFalse();
        assertThat(figures(adjustment)).containsExactly(-2, 0, 8, 0);

        JsonNode snapshot = items.get(3);
        assertThat(snapshot.path("counted").asInt()).isEqualTo(10);
        assertThat(snapshot.path("actor").asString()).isEqualTo("wms");
        assertThat(figures(snapshot)).containsExactly(10, 0, 10, 0);
        assertThat(Instant.parse(snapshot.path("occurredAt").asString()))
                .isEqualTo(Instant.parse(snapshot.path("recordedAt").asString()));
    }

    @Test
    void pagesNewestFirst() {
        for (int onHand = 1; onHand <= 5; onHand++) {
            setStock(dc, sku, onHand);
        }

        JsonNode first = expect(200, api.get(movements("?size=2"), READER)).json();
        JsonNode last = expect(200, api.get(movements("?page=2&size=2"), READER)).json();
        JsonNode beyond = expect(200, api.get(movements("?page=3&size=2"), READER)).json();

        assertThat(first.path("items").valueStream().map(m -> m.path("onHand").asInt())).containsExactly(5, 4);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("totalItems").asLong()).isEqualTo(5);
        assertThat(last.path("items").valueStream().map(m -> m.path("onHand").asInt())).containsExactly(1);
        assertThat(beyond.path("items").isEmpty()).isTrue();
        assertThat(beyond.path("totalItems").asLong()).isEqualTo(5);
    }

    @Test
    void aKnownStockLevelWithoutMovementsHasAnEmptyPage() {
        JsonNode page = expect(200, api.get(movements(""), READER)).json();

        assertThat(page.path("items").isEmpty()).isTrue();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("totalItems").asLong()).isZero();
    }

    @Test
    void anUnknownLocationOrSkuIs404() {
        TestApi.Response unknownLocation = api.get("/api/v1/stock/" + unique("NOPE") + "/" + sku + "/movements",
                READER);
        TestApi.Response unknownSku = api.get("/api/v1/stock/" + dc + "/" + unique("NOPE") + "/movements", READER);

        for (TestApi.Response response : List.of(unknownLocation, unknownSku)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void invalidPageOrSizeIs400NamingIt() {
        assertThat(api.get(movements("?page=-1"), READER).errorFields()).containsExactly("page");
        assertThat(api.get(movements("?size=0"), READER).errorFields()).containsExactly("size");
        assertThat(api.get(movements("?size=101"), READER).errorFields()).containsExactly("size");
        assertThat(api.get(movements("?page=1e3"), READER).errorFields()).containsExactly("page");
        TestApi.Response both = api.get(movements("?page=-1&size=abc"), READER);
        assertThat(both.status()).as(both.toString()).isEqualTo(400);
        assertThat(both.isProblem()).isTrue();
        assertThat(both.errorFields()).isNotEmpty().isSubsetOf("page", "size");
    }

    @Test
    void needsAToken() {
        assertThat(api.get(movements(""), null).status()).isEqualTo(401);
    }

    private String movements(String query) {
        return "/api/v1/stock/" + dc + "/" + sku + "/movements" + query;
    }

    private static List<Integer> figures(JsonNode movement) {
        return List.of(movement.path("onHandDelta").asInt(), movement.path("reservedDelta").asInt(),
                movement.path("onHand").asInt(), movement.path("reserved").asInt());
    }
}
