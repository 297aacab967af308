package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockMovementTest {

    private static final StockKey KEY = new StockKey("DC-1", "SKU-1");
    private static final Instant COUNTED = Instant.parse("2026-11-22T18:00:00Z");
    private static final Instant NOW = COUNTED.plusSeconds(600);

    @Test
    void aSnapshotOccursWhenTheCountWasTakenAndMovesNothingPhysical() {
        StockLevel before = new StockLevel(KEY, 4, 2, 0);
        StockLevel after = before.countedAsOf(10, null, COUNTED, -3);

        StockMovement movement = StockMovement.snapshot(before, after, 10, NOW, "wms");

        assertThat(movement.kind()).isEqualTo(StockMovementKind.SNAPSHOT);
        assertThat(movement.occurredAt()).isEqualTo(COUNTED);
        assertThat(movement.recordedAt()).isEqualTo(NOW);
        assertThat(movement.counted()).isEqualTo(10);
        assertThat(movement.onHandDelta()).isEqualTo(3);
        assertThat(movement.onHand()).isEqualTo(7);
        assertThat(movement.physicalDelta()).isZero();
        assertThat(movement.actor()).isEqualTo("wms");
    }

    @Test
    void aShipmentThatACountAlreadyReflectsMovesReservedButStandsForItsUnits() {
        UUID order = UUID.randomUUID();
        UUID fulfillment = UUID.randomUUID();
        StockLevel before = new StockLevel(KEY, 10, 3, 0, COUNTED);
        StockLevel after = before.ship(3, 3, COUNTED.minusSeconds(60));

        StockMovement movement = StockMovement.shipment(before, after, 3, COUNTED.minusSeconds(60), order,
                fulfillment, NOW);

        assertThat(movement.onHandDelta()).isZero();
        assertThat(movement.reservedDelta()).isEqualTo(-3);
        assertThat(movement.physicalDelta()).isEqualTo(-3);
        assertThat(movement.orderId()).isEqualTo(order);
        assertThat(movement.reference()).isEqualTo(fulfillment.toString());
        assertThat(movement.occurredAt()).isEqualTo(COUNTED.minusSeconds(60));
    }

    @Test
    void anAdjustmentIsPhysicalAndNamesItsKeyAndReason() {
        StockLevel before = new StockLevel(KEY, 10, 0, 0);

        StockMovement movement = StockMovement.adjustment(before, before.adjust(-4), -4, "DAMAGED", "key-1", "ops",
                NOW);

        assertThat(movement.physicalDelta()).isEqualTo(-4);
        assertThat(movement.onHandDelta()).isEqualTo(-4);
        assertThat(movement.reason()).isEqualTo("DAMAGED");
        assertThat(movement.reference()).isEqualTo("key-1");
        assertThat(movement.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void aReservationMovesReservedOnly() {
        UUID decision = UUID.randomUUID();
        StockLevel before = new StockLevel(KEY, 10, 1, 0);

        StockMovement movement = StockMovement.reservation(before, before.reserve(4), UUID.randomUUID(), decision,
                NOW);

        assertThat(movement.onHandDelta()).isZero();
        assertThat(movement.reservedDelta()).isEqualTo(4);
        assertThat(movement.reserved()).isEqualTo(5);
        assertThat(movement.physicalDelta()).isZero();
        assertThat(movement.reference()).isEqualTo(decision.toString());
    }

    @Test
    void aMovementStaysOnOneStockRow() {
        StockLevel other = new StockLevel(new StockKey("DC-2", "SKU-1"), 1, 0, 0);

        assertThatIllegalArgumentException().isThrownBy(() -> StockMovement.adjustment(
                new StockLevel(KEY, 0, 0, 0), other, 1, "RECEIVED", "k", "ops", NOW));
    }
}
