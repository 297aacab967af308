package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StockLevelTest {

    private static final StockKey KEY = new StockKey("DC-1", "SKU-1");
    private static final Instant T0 = Instant.parse("2026-11-22T18:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    @Test
    void availableIsOnHandLessReservedLessSafetyStock() {
        assertThat(new StockLevel(KEY, 10, 3, 2).available()).isEqualTo(5);
        assertThat(new StockLevel(KEY, 10, 0, 0).available()).isEqualTo(10);
    }

    @Test
    void availableIsNeverShownNegative() {
        assertThat(new StockLevel(KEY, 5, 4, 3).available()).isZero();
        assertThat(new StockLevel(KEY, 0, 7, 0).available()).isZero();
    }

    @Test
    void snapshotReplacesOnHandAndKeepsReservations() {
        StockLevel level = new StockLevel(KEY, 10, 4, 1).countedAsOf(20, null, T1, 0);

        assertThat(level).isEqualTo(new StockLevel(KEY, 20, 4, 1, T1));
        assertThat(new StockLevel(KEY, 10, 4, 1).countedAsOf(20, 5, T1, 0).safetyStock()).isEqualTo(5);
    }

    @Test
    void aCountAddsTheMovementsThatOccurredAfterItWasTaken() {
        assertThat(new StockLevel(KEY, 7, 0, 0).countedAsOf(10, null, T1, -3).onHand()).isEqualTo(7);
        assertThat(new StockLevel(KEY, 7, 0, 0).countedAsOf(10, null, T1, 5).onHand()).isEqualTo(15);
        assertThat(new StockLevel(KEY, 7, 0, 0).countedAsOf(2, null, T1, -3).onHand()).isZero();
    }

    @Test
    void aCountOlderThanTheAppliedOneIsStale() {
        StockLevel counted = new StockLevel(KEY, 10, 0, 0, T1);

        assertThatThrownBy(() -> counted.countedAsOf(5, null, T0, 0)).isInstanceOf(StaleCountException.class)
                .hasMessageContaining(T0.toString());
        assertThat(counted.countedAsOf(5, null, T1, 0).onHand()).isEqualTo(5);
        assertThat(counted.countedAsOf(5, null, T2, 0).countedAt()).isEqualTo(T2);
    }

    @Test
    void snapshotBelowReservedIsAcceptedAndLeavesNothingAvailable() {
        StockLevel level = new StockLevel(KEY, 10, 6, 0).countedAsOf(4, null, T1, 0);

        assertThat(level.onHand()).isEqualTo(4);
        assertThat(level.reserved()).isEqualTo(6);
        assertThat(level.available()).isZero();
    }

    @Test
    void adjustmentAddsAndRemovesUnits() {
        assertThat(new StockLevel(KEY, 10, 2, 0).adjust(-10).onHand()).isZero();
        assertThat(new StockLevel(KEY, 10, 2, 0).adjust(5).onHand()).isEqualTo(15);
    }

    @Test
    void rejectsAdjustmentThatMakesOnHandNegative() {
        assertThatThrownBy(() -> new StockLevel(KEY, 3, 0, 0).adjust(-4))
                .isInstanceOf(StockRuleViolation.class)
                .hasMessageContaining("DC-1/SKU-1")
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsAdjustmentBeyondTheMaximum() {
        assertThatThrownBy(() -> new StockLevel(KEY, StockLevel.MAX_QUANTITY, 0, 0).adjust(1))
                .isInstanceOf(StockRuleViolation.class);
        assertThatThrownBy(() -> new StockLevel(KEY, StockLevel.MAX_QUANTITY, 0, 0).adjust(Integer.MAX_VALUE))
                .isInstanceOf(StockRuleViolation.class);
    }

    @Test
    void reservesOnlyWhatIsAvailable() {
        StockLevel level = new StockLevel(KEY, 10, 3, 2);

        assertThat(level.reserve(5)).isEqualTo(new StockLevel(KEY, 10, 8, 2));
        assertThatThrownBy(() -> level.reserve(6)).isInstanceOf(StockRuleViolation.class);
        assertThatThrownBy(() -> level.reserve(0)).isInstanceOf(StockRuleViolation.class);
    }

    @Test
    void shippingReservedUnitsTakesThemOffOnHandAndReserved() {
        assertThat(new StockLevel(KEY, 10, 4, 1).ship(3, 3, T1)).isEqualTo(new StockLevel(KEY, 7, 1, 1));
    }

    @Test
    void unitsThatLeftBeforeTheLastCountLeaveReservedOnly() {
        StockLevel counted = new StockLevel(KEY, 10, 4, 0, T1);

        assertThat(counted.ship(3, 3, T0)).isEqualTo(new StockLevel(KEY, 10, 1, 0, T1));
        assertThat(counted.ship(3, 3, T1)).isEqualTo(new StockLevel(KEY, 10, 1, 0, T1));
        assertThat(counted.ship(3, 3, T2)).isEqualTo(new StockLevel(KEY, 7, 1, 0, T1));
    }

    @Test
    void shippingMoreThanReservedTakesTheRestOffOnHandOnly() {
        assertThat(new StockLevel(KEY, 10, 4, 0).ship(6, 4, T1)).isEqualTo(new StockLevel(KEY, 4, 0, 0));
        assertThat(new StockLevel(KEY, 10, 4, 0).ship(2, 0, T1)).isEqualTo(new StockLevel(KEY, 8, 4, 0));
    }

    @Test
    void shippingNeverTakesStockBelowZero() {
        assertThat(new StockLevel(KEY, 2, 1, 0).ship(5, 3, T1)).isEqualTo(new StockLevel(KEY, 0, 0, 0));
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StockLevel(KEY, -1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new StockLevel(KEY, 0, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new StockLevel(KEY, 0, 0, -1));
    }
}
