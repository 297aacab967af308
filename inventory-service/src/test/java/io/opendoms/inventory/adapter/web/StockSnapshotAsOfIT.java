package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.application.DeductShippedStockCommand;
import io.opendoms.inventory.application.DeductShippedStockUseCase;
import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A count as of countedAt reflects every physical movement before that instant; the movements that occurred after
 * it are applied on top, whichever arrives first.
 */
class StockSnapshotAsOfIT extends InventoryIntegrationTest {

    @Autowired
    private ReserveStockUseCase reserveStock;
    @Autowired
    private DeductShippedStockUseCase deductShippedStock;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private String dc;
    private String sku;
    private UUID orderId;

    @BeforeEach
    void tenCountedTenMinutesAgoThreeReserved() {
        dc = unique("DC");
        sku = unique("SKU");
        orderId = UUID.randomUUID();
        createLocation(dc, "10001");
        createItem(sku);
        expect(200, count(10, ago(10)));
        reserveStock.reserve(new ReserveStockCommand(orderId, UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, 3))));
    }

    @Test
    void aLateCountTakenBeforeAShipmentDoesNotResurrectTheShippedUnits() {
        ship(3, ago(5));
        assertThat(stockRow(dc, sku)).containsExactly(7, 0, 0);

        // the WMS counted 10 before the 3 left, and its count arrives now
        JsonNode stock = expect(200, count(10, ago(8))).json();

        assertThat(stock.path("onHand").asInt()).isEqualTo(7);
        assertThat(stockRow(dc, sku)).containsExactly(7, 0, 0);
        JsonNode snapshot = latestMovement();
        assertThat(snapshot.path("kind").asString()).isEqualTo("SNAPSHOT");
        assertThat(snapshot.path("counted").asInt()).isEqualTo(10);
        assertThat(Instant.parse(snapshot.path("occurredAt").asString())).isEqualTo(ago(8));
    }

    @Test
    void aShipmentReportedAfterACountTakenAfterItLeftIsNotDeductedTwice() {
        // the WMS counted 7 after the 3 left; the shipment's event arrives after the count
        expect(200, count(7, ago(2)));

        ship(3, ago(5));

        assertThat(stockRow(dc, sku)).containsExactly(7, 0, 0);
        JsonNode shipment = latestMovement();
        assertThat(shipment.path("kind").asString()).isEqualTo("SHIPMENT");
        assertThat(shipment.path("onHandDelta").asInt()).isZero();
        assertThat(shipment.path("reservedDelta").asInt()).isEqualTo(-3);
    }

    @Test
    void aShipmentAfterTheCountIsDeductedFromIt() {
        expect(200, count(9, ago(5)));

        ship(3, ago(2));

        assertThat(stockRow(dc, sku)).containsExactly(6, 0, 0);
    }

    @Test
    void aLateCountKeepsTheAdjustmentsRecordedAfterIt() {
        expect(200, adjust(newKey(), """
                {"adjustments": [{"locationId": "%s", "sku": "%s", "delta": 5, "reason": "RECEIVED"}]}"""
                .formatted(dc, sku)));
        assertThat(stockRow(dc, sku)[0]).isEqualTo(15);

        // counted 10 a minute before the 5 were received
        JsonNode stock = expect(200, count(10, ago(1))).json();

        assertThat(stock.path("onHand").asInt()).isEqualTo(15);
        assertThat(stock.path("reserved").asInt()).isEqualTo(3);
        assertThat(stock.path("available").asInt()).isEqualTo(12);
    }

    @Test
    void aCountOlderThanTheLastAppliedIs409AndChangesNothing() {
        expect(200, count(8, ago(2)));
        long movements = movementCount();
        int events = outboxCount("inventory.stock-changed", sku);

        TestApi.Response stale = count(4, ago(3));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.errorFields()).containsExactly("countedAt");
        assertThat(stockRow(dc, sku)).containsExactly(8, 3, 0);
        assertThat(movementCount()).isEqualTo(movements);
        assertThat(outboxCount("inventory.stock-changed", sku)).isEqualTo(events);
    }

    @Test
    void theSameCountSentAgainGivesTheSameStock() {
        ship(2, ago(5));
        JsonNode first = expect(200, count(9, ago(7))).json();

        JsonNode again = expect(200, count(9, ago(7))).json();

        assertThat(again).isEqualTo(first);
        assertThat(again.path("onHand").asInt()).isEqualTo(7);
    }

    @Test
    void aCountInTheFutureIs400NamingCountedAtAndChangesNothing() {
        long movements = movementCount();

        TestApi.Response future = count(1, now.plus(Duration.ofHours(1)));
        TestApi.Response ancient = count(1, Instant.parse("1999-12-31T23:59:59Z"));
        TestApi.Response unreadable = api.put(path(), WRITER, "{\"onHand\": 1, \"countedAt\": \"yesterday\"}");

        for (TestApi.Response response : List.of(future, ancient, unreadable)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.errorFields()).containsExactly("countedAt");
        }
        assertThat(stockRow(dc, sku)).containsExactly(10, 3, 0);
        assertThat(movementCount()).isEqualTo(movements);
    }

    @Test
    void aCountALittleAheadOfOurClockIsTakenAsNow() {
        Instant ahead = Instant.now().plusSeconds(20);
        JsonNode stock = expect(200, count(6, ahead)).json();

        assertThat(stock.path("onHand").asInt()).isEqualTo(6);
        assertThat(Instant.parse(latestMovement().path("occurredAt").asString())).isBefore(ahead);
        // a shipment that leaves right after it is still deducted
        ship(3, Instant.now().plusMillis(1));
        assertThat(stockRow(dc, sku)).containsExactly(3, 0, 0);
    }

    private TestApi.Response count(int onHand, Instant countedAt) {
        return api.put(path(), WRITER, """
                {"onHand": %d, "countedAt": "%s"}""".formatted(onHand, countedAt));
    }

    private void ship(int quantity, Instant shippedAt) {
        deductShippedStock.deduct(new DeductShippedStockCommand(UUID.randomUUID(), orderId, dc,
                List.of(new DeductShippedStockCommand.Line("L1", sku, quantity)), shippedAt));
    }

    private Instant ago(int minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }

    private JsonNode latestMovement() {
        return expect(200, api.get(path() + "/movements?size=1", READER)).json().path("items").get(0);
    }

    private long movementCount() {
        return expect(200, api.get(path() + "/movements", READER)).json().path("totalItems").asLong();
    }

    private String path() {
        return "/api/v1/stock/" + dc + "/" + sku;
    }
}
