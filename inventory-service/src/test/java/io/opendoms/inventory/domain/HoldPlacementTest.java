package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HoldPlacementTest {

    private static StockLevel stock(String location, String sku, int onHand, int reserved) {
        return new StockLevel(new StockKey(location, sku), onHand, reserved, 0);
    }

    private static HoldLine line(String location, String sku, int quantity) {
        return new HoldLine(new StockKey(location, sku), quantity);
    }

    @Test
    void holdsEveryLineAtTheLocationThatCoversThemWithTheMostAvailable() {
        HoldPlacement placement = HoldPlacement.choose(
                List.of(new HoldRequestLine("A", 2), new HoldRequestLine("B", 1)),
                List.of(stock("L1", "A", 5, 0), stock("L1", "B", 5, 0),
                        stock("L2", "A", 20, 0), stock("L2", "B", 1, 0),
                        stock("L3", "A", 100, 0)));

        assertThat(placement.lines()).containsExactly(line("L2", "A", 2), line("L2", "B", 1));
        assertThat(placement.isShort()).isFalse();
    }

    @Test
    void equalTotalsGoToTheSmallerLocationId() {
        HoldPlacement placement = HoldPlacement.choose(List.of(new HoldRequestLine("A", 1)),
                List.of(stock("L2", "A", 5, 0), stock("L1", "A", 6, 1)));

        assertThat(placement.lines()).containsExactly(line("L1", "A", 1));
    }

    @Test
    void withoutALocationForEveryLineEachLineGoesWhereMostOfItsSkuIs() {
        HoldPlacement placement = HoldPlacement.choose(
                List.of(new HoldRequestLine("A", 3), new HoldRequestLine("B", 2)),
                List.of(stock("L1", "A", 10, 0), stock("L2", "A", 2, 0), stock("L2", "B", 2, 0),
                        stock("L3", "B", 2, 0)));

        assertThat(placement.lines()).containsExactly(line("L1", "A", 3), line("L2", "B", 2));
    }

    @Test
    void aLineNoLocationCoversIsShortAndNothingIsPlaced() {
        HoldPlacement placement = HoldPlacement.choose(
                List.of(new HoldRequestLine("A", 3), new HoldRequestLine("B", 5), new HoldRequestLine("C", 1)),
                List.of(stock("L1", "A", 10, 0), stock("L2", "B", 6, 2), stock("L3", "B", 4, 1)));

        assertThat(placement.lines()).isEmpty();
        assertThat(placement.shortages()).containsExactly(new Shortage("L2", "B", 5, 4), new Shortage(null, "C", 1, 0));
    }
}
