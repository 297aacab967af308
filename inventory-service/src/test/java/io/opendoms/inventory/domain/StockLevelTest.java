package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockLevelTest {

    private static final StockKey KEY = new StockKey("DC-1", "SKU-1");

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
        StockLevel level = new StockLevel(KEY, 10, 4, 1).snapshot(20, null);

        assertThat(level).isEqualTo(new StockLevel(KEY, 20, 4, 1));
        assertThat(new StockLevel(KEY, 10, 4, 1).snapshot(20, 5).safetyStock()).isEqualTo(5);
    }

    @Test
    void snapshotBelowReservedIsAcceptedAndLeavesNothingAvailable() {
        StockLevel level = new StockLevel(KEY, 10, 6, 0).snapshot(4, null);

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
        assertThat(new StockLevel(KEY, 10, 4, 1).ship(3, 3)).isEqualTo(new StockLevel(KEY, 7, 1, 1));
    }

    @Test
    void shippingMoreThanReservedTakesTheRestOffOnHandOnly() {
        assertThat(new StockLevel(KEY, 10, 4, 0).ship(6, 4)).isEqualTo(new StockLevel(KEY, 4, 0, 0));
        assertThat(new StockLevel(KEY, 10, 4, 0).ship(2, 0)).isEqualTo(new StockLevel(KEY, 8, 4, 0));
    }

    @Test
    void shippingNeverTakesStockBelowZero() {
        assertThat(new StockLevel(KEY, 2, 1, 0).ship(5, 3)).isEqualTo(new StockLevel(KEY, 0, 0, 0));
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StockLevel(KEY, -1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new StockLevel(KEY, 0, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new StockLevel(KEY, 0, 0, -1));
    }
}
