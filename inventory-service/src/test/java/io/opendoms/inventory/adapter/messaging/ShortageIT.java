package io.opendoms.inventory.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.events.EventJson;
import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.ReservationReleased;
import io.opendoms.inventory.application.DeductShippedStockCommand;
import io.opendoms.inventory.application.DeductShippedStockUseCase;
import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.application.ReserveStockUseCase;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On hand below reserved: holds, then order reservations, newest first, give back what is no longer there. */
class ShortageIT extends InventoryIntegrationTest {

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
    void aLowerCountCutsHoldsFirstThenTheNewestOrderInPart() {
        setStock(dc, sku, 10);
        ReserveStockCommand oldest = order(4);
        ReserveStockCommand newer = order(3);
        UUID olderHold = hold(2);
        UUID newestHold = hold(1);
        assertThat(stockRow(dc, sku)).containsExactly(10, 10, 0);

        setStock(dc, sku, 5);

        assertThat(stockRow(dc, sku)).containsExactly(5, 5, 0);
        assertThat(holdStatus(olderHold)).isEqualTo("CUT_BY_SHORTAGE");
        assertThat(holdStatus(newestHold)).isEqualTo("CUT_BY_SHORTAGE");
        assertThat(reservation(oldest)).isEqualTo("ACTIVE 4");
        assertThat(reservation(newer)).isEqualTo("ACTIVE 1");
        assertThat(payloads("inventory.hold-ended", olderHold.toString())).singleElement()
                .extracting(json -> EventJson.decode(json).payloadAs(HoldEnded.class).reason())
                .isEqualTo(HoldEnded.SHORTAGE);
        assertThat(payloads("inventory.reservation-released", newer.orderId().toString())).singleElement()
                .extracting(json -> EventJson.decode(json).payloadAs(ReservationReleased.class))
                .isEqualTo(new ReservationReleased(newer.orderId(), newer.decisionId(), "SHORTAGE",
                        List.of(new ReservationReleased.Line("L1", dc, sku, 2))));
        assertThat(payloads("inventory.reservation-released", oldest.orderId().toString())).isEmpty();
        assertThat(jdbc.queryForList("""
                select reason || ' ' || reserved_delta from stock_movement
                where location_id = ? and sku = ? and kind = 'RELEASE' order by id""", String.class, dc, sku))
                .containsExactly("SHORTAGE -1", "SHORTAGE -2", "SHORTAGE -2");
    }

    @Test
    void anAdjustmentBelowReservedCutsAndAnswersTheSettledStock() {
        setStock(dc, sku, 6);
        ReserveStockCommand order = order(4);
        UUID hold = hold(2);

        TestApi.Response adjusted = expect(200, adjust(newKey(), """
                {"adjustments": [{"locationId": "%s", "sku": "%s", "delta": -3, "reason": "DAMAGED"}]}"""
                .formatted(dc, sku)));

        assertThat(adjusted.json().path("items").get(0).path("reserved").asInt()).isEqualTo(3);
        assertThat(stockRow(dc, sku)).containsExactly(3, 3, 0);
        assertThat(holdStatus(hold)).isEqualTo("CUT_BY_SHORTAGE");
        assertThat(reservation(order)).isEqualTo("ACTIVE 3");
    }

    @Test
    void aShipmentOfUnreservedUnitsCutsAHoldOnlyInPart() {
        setStock(dc, sku, 5);
        ReserveStockCommand order = order(2);
        UUID hold = hold(3);

        deductShippedStock.deduct(new DeductShippedStockCommand(UUID.randomUUID(), UUID.randomUUID(), dc,
                List.of(new DeductShippedStockCommand.Line("X1", sku, 2)), null));

        assertThat(stockRow(dc, sku)).containsExactly(3, 3, 0);
        assertThat(holdStatus(hold)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select quantity from checkout_hold_line where hold_id = ?", Integer.class,
                hold)).isEqualTo(1);
        assertThat(expect(200, api.get("/api/v1/reservations/" + hold, READER)).json().path("lines").get(0)
                .path("quantity").asInt()).isEqualTo(1);
        assertThat(reservation(order)).isEqualTo("ACTIVE 2");
        assertThat(payloads("inventory.hold-ended", hold.toString())).isEmpty();
    }

    @Test
    void aCountThatStillCoversWhatIsReservedReleasesNothing() {
        setStock(dc, sku, 10);
        ReserveStockCommand order = order(4);
        UUID hold = hold(2);

        setStock(dc, sku, 6);

        assertThat(stockRow(dc, sku)).containsExactly(6, 6, 0);
        assertThat(holdStatus(hold)).isEqualTo("ACTIVE");
        assertThat(reservation(order)).isEqualTo("ACTIVE 4");
    }

    private ReserveStockCommand order(int quantity) {
        ReserveStockCommand command = new ReserveStockCommand(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new ReservationLine(dc, "L1", sku, quantity)));
        reserveStock.reserve(command);
        // distinct creation times, so that "newest" is the order of the calls
        clock.advance(Duration.ofMillis(5));
        return command;
    }

    private UUID hold(int quantity) {
        UUID id = UUID.fromString(expect(201, api.post("/api/v1/reservations", READER, """
                {"lines": [{"sku": "%s", "quantity": %d}], "locationId": "%s"}""".formatted(sku, quantity, dc)))
                .json().path("id").asString());
        clock.advance(Duration.ofMillis(5));
        return id;
    }

    private String holdStatus(UUID id) {
        return jdbc.queryForObject("select status from checkout_hold where id = ?", String.class, id);
    }

    private String reservation(ReserveStockCommand command) {
        return jdbc.queryForObject("select status || ' ' || (quantity - consumed_quantity) from reservation "
                + "where decision_id = ?", String.class, command.decisionId());
    }

    private List<String> payloads(String type, String key) {
        return jdbc.queryForList("select payload from platform_outbox where event_type = ? and event_key = ?",
                String.class, type, key);
    }
}
