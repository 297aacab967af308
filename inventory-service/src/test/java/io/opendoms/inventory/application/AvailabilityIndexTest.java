package io.opendoms.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.domain.AvailableStock;
import io.opendoms.testkit.SteppingClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AvailabilityIndexTest {

    private final FakeStock stock = new FakeStock();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
    private final AvailabilityIndex index = new AvailabilityIndex(stock, clock, Duration.ofSeconds(2), 100);

    @Test
    void readsOnceThenAnswersFromMemoryUntilTheSkuChanges() {
        stock.units = 5;
        assertThat(availableOf("A")).isEqualTo(5);
        stock.units = 7;
        assertThat(availableOf("A")).as("nothing told the index").isEqualTo(5);
        assertThat(stock.queries.get()).isEqualTo(1);

        index.stockChanged("A");

        assertThat(availableOf("A")).isEqualTo(7);
        assertThat(stock.queries.get()).isEqualTo(2);
    }

    @Test
    void aChangeThatCommitsWhileTheDatabaseIsReadLeavesNoStaleEntryBehind() {
        stock.units = 5;
        // the change commits after the reader noted the stamps, and its query still saw the old figure
        stock.duringQuery = () -> index.stockChanged("A");
        assertThat(availableOf("A")).isEqualTo(5);
        stock.duringQuery = null;
        stock.units = 4;

        assertThat(availableOf("A")).isEqualTo(4);
    }

    @Test
    void aLocationChangeMakesEverySkuStale() {
        stock.units = 5;
        availableOf("A");
        availableOf("B");
        stock.units = 1;

        index.locationsChanged();

        assertThat(availableOf("A")).isEqualTo(1);
        assertThat(availableOf("B")).isEqualTo(1);
    }

    @Test
    void entriesOlderThanTheMaxAgeAreReadAgain() {
        SteppingClock moving = new SteppingClock(Instant.parse("2026-12-02T12:00:00Z"));
        AvailabilityIndex aging = new AvailabilityIndex(stock, moving, Duration.ofSeconds(2), 100);
        stock.units = 5;
        assertThat(aging.get(List.of("A")).getFirst().network().available()).isEqualTo(5);
        stock.units = 3;

        moving.advance(Duration.ofMillis(1999));
        assertThat(aging.get(List.of("A")).getFirst().network().available()).isEqualTo(5);
        moving.advance(Duration.ofMillis(1));
        assertThat(aging.get(List.of("A")).getFirst().network().available()).isEqualTo(3);
    }

    @Test
    void readsTheSkusAskedForAgainAheadOfTheirMaxAge() {
        SteppingClock moving = new SteppingClock(Instant.parse("2026-12-02T12:00:00Z"));
        AvailabilityIndex aging = new AvailabilityIndex(stock, moving, Duration.ofSeconds(2), 100);
        stock.units = 5;
        aging.get(List.of("ASKED", "IDLE"));
        moving.advance(Duration.ofMillis(500));
        aging.get(List.of("ASKED"));
        stock.units = 3;
        stock.asked.clear();

        aging.refreshAsked();
        assertThat(stock.asked).as("nothing is past half its max age yet").isEmpty();

        moving.advance(Duration.ofMillis(500));
        aging.refreshAsked();
        assertThat(stock.asked).containsExactly(List.of("ASKED"));
        moving.advance(Duration.ofMillis(1500));
        assertThat(aging.get(List.of("ASKED")).getFirst().network().available()).as("read by the refresh")
                .isEqualTo(3);
        assertThat(stock.asked).hasSize(1);
        assertThat(aging.refreshInterval()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void readsOnlyTheMissingSkusInOneQueryAndAnswersInRequestOrder() {
        stock.units = 2;
        availableOf("B");

        assertThat(index.get(List.of("C", "B", "A"))).extracting(s -> s.sku()).containsExactly("C", "B", "A");

        assertThat(stock.asked).containsExactly(List.of("B"), List.of("C", "A"));
    }

    @Test
    void keepsNoMoreSkusThanItsBound() {
        AvailabilityIndex small = new AvailabilityIndex(stock, clock, Duration.ofSeconds(2), 3);
        stock.units = 1;
        small.get(List.of("A", "B", "C", "D", "E"));
        stock.asked.clear();

        small.get(List.of("A", "B", "C", "D", "E"));

        assertThat(stock.asked.getFirst()).as("at least two of five were dropped").hasSizeGreaterThanOrEqualTo(2);
    }

    private int availableOf(String sku) {
        return (int) index.get(List.of(sku)).getFirst().network().available();
    }

    /** Every asked SKU has {@code units} available at one location. */
    private static final class FakeStock implements AvailableStockPort {

        volatile int units;
        volatile Runnable duringQuery;
        final AtomicInteger queries = new AtomicInteger();
        final List<List<String>> asked = new ArrayList<>();

        @Override
        public List<AvailableStock> findAvailable(Collection<String> skus) {
            queries.incrementAndGet();
            asked.add(List.copyOf(skus));
            int seen = units;
            if (duringQuery != null) {
                duringQuery.run();
            }
            return skus.stream().map(sku -> new AvailableStock("DC-1", sku, seen, 0, 0, 40.0, -74.0)).toList();
        }
    }
}
