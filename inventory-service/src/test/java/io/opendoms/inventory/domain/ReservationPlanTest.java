package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationPlanTest {

    @Test
    void sumsQuantitiesPerStockRowInLockOrder() {
        ReservationPlan plan = ReservationPlan.of(List.of(
                new ReservationLine("STORE-9", "L1", "SKU-B", 2),
                new ReservationLine("DC-1", "L2", "SKU-B", 1),
                new ReservationLine("DC-1", "L3", "SKU-A", 4),
                new ReservationLine("DC-1", "L4", "SKU-B", 3)));

        assertThat(plan.quantitiesByStock()).containsExactly(
                Map.entry(new StockKey("DC-1", "SKU-A"), 4),
                Map.entry(new StockKey("DC-1", "SKU-B"), 4),
                Map.entry(new StockKey("STORE-9", "SKU-B"), 2));
        assertThat(plan.lines()).hasSize(4);
    }

    @Test
    void mergesTheSameLineAtTheSameLocationIntoOneReservation() {
        ReservationPlan plan = ReservationPlan.of(List.of(
                new ReservationLine("DC-1", "L1", "SKU-A", 2),
                new ReservationLine("DC-1", "L1", "SKU-A", 3),
                new ReservationLine("DC-2", "L1", "SKU-A", 1)));

        assertThat(plan.lines()).containsExactly(
                new ReservationLine("DC-1", "L1", "SKU-A", 5),
                new ReservationLine("DC-2", "L1", "SKU-A", 1));
    }

    @Test
    void rejectsALineThatNamesTwoSkus() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReservationPlan.of(List.of(
                new ReservationLine("DC-1", "L1", "SKU-A", 1),
                new ReservationLine("DC-1", "L1", "SKU-B", 1))));
    }

    @Test
    void reportsEveryShortRowAndCountsAMissingRowAsNothingAvailable() {
        ReservationPlan plan = ReservationPlan.of(List.of(
                new ReservationLine("DC-1", "L1", "SKU-A", 4),
                new ReservationLine("DC-1", "L2", "SKU-B", 2),
                new ReservationLine("DC-2", "L3", "SKU-C", 1)));
        Map<StockKey, StockLevel> stock = Map.of(
                new StockKey("DC-1", "SKU-A"), new StockLevel(new StockKey("DC-1", "SKU-A"), 5, 1, 1),
                new StockKey("DC-1", "SKU-B"), new StockLevel(new StockKey("DC-1", "SKU-B"), 2, 0, 0));

        assertThat(plan.shortagesAgainst(stock)).containsExactly(
                new Shortage("DC-1", "SKU-A", 4, 3),
                new Shortage("DC-2", "SKU-C", 1, 0));
    }

    @Test
    void aggregatedQuantityDecidesAShortageEvenWhenEachLineFits() {
        ReservationPlan plan = ReservationPlan.of(List.of(
                new ReservationLine("DC-1", "L1", "SKU-A", 2),
                new ReservationLine("DC-1", "L2", "SKU-A", 2)));
        StockKey key = new StockKey("DC-1", "SKU-A");

        assertThat(plan.shortagesAgainst(Map.of(key, new StockLevel(key, 3, 0, 0))))
                .containsExactly(new Shortage("DC-1", "SKU-A", 4, 3));
        assertThat(plan.shortagesAgainst(Map.of(key, new StockLevel(key, 4, 0, 0)))).isEmpty();
    }

    @Test
    void rejectsNonPositiveQuantities() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReservationLine("DC-1", "L1", "SKU-A", 0));
    }
}
