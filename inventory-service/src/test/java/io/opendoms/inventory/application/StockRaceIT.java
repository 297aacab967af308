package io.opendoms.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.domain.StaleCountException;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stock invariants under every writer at once: many threads over a few hot stock rows mix order reservations,
 * shipments, counts taken in the past and adjustments, in a seeded random order. After every round, with the
 * writers quiet: reserved equals the sum of the live reservations of its row, nothing is negative, and the ledger
 * explains every figure. A failure names the seed, so the same mix can be run again.
 */
class StockRaceIT extends InventoryIntegrationTest {

    private static final int THREADS = 12;
    private static final int ROUNDS = 12;
    private static final int OPERATIONS_PER_THREAD = 12;

    @Autowired
    private ReserveStockUseCase reserveStock;
    @Autowired
    private DeductShippedStockUseCase deductShipped;
    @Autowired
    private SetStockLevelUseCase setStockLevel;
    @Autowired
    private AdjustStockUseCase adjustStock;
    @Autowired
    private Clock clock;

    /** A decision that was reserved, and what of it may still ship. */
    private record Reserved(UUID orderId, List<ReservationLine> lines) {
    }

    @Test
    void reservedAlwaysEqualsTheLiveReservationsAndTheLedgerExplainsEveryFigure() throws Exception {
        long seed = Long.getLong("opendoms.race.seed", System.nanoTime());
        List<String> locations = List.of(unique("DC"), unique("DC"), unique("DC"));
        List<String> skus = List.of(unique("SKU"), unique("SKU"), unique("SKU"), unique("SKU"));
        locations.forEach(location -> createLocation(location, "10001"));
        skus.forEach(this::createItem);
        for (String location : locations) {
            for (String sku : skus) {
                setStock(location, sku, 40);
            }
        }
        ConcurrentLinkedQueue<Reserved> reserved = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> outcomes = Map.of("reserved", new AtomicInteger(), "short", new AtomicInteger(),
                "shipped", new AtomicInteger(), "counted", new AtomicInteger(), "stale", new AtomicInteger(),
                "adjusted", new AtomicInteger(), "refused", new AtomicInteger());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Random random = new Random(seed * 1_000 + round * 100L + t);
                    workers.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                            operate(random, locations, skus, reserved, outcomes);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> worker : workers) {
                    worker.get(2, TimeUnit.MINUTES);
                }
                assertInvariants(locations, "seed " + seed + ", round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("stock race, seed %d: %s%n", seed, outcomes);
        assertThat(outcomes.get("reserved").get()).as("seed %d: some reservations went through", seed).isPositive();
        assertThat(outcomes.get("shipped").get()).as("seed %d: some shipments", seed).isPositive();
        assertThat(outcomes.get("counted").get()).as("seed %d: some counts", seed).isPositive();
    }

    private void operate(Random random, List<String> locations, List<String> skus,
                         ConcurrentLinkedQueue<Reserved> reserved, Map<String, AtomicInteger> outcomes) {
        String location = locations.get(random.nextInt(locations.size()));
        String sku = skus.get(random.nextInt(skus.size()));
        switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> {
                UUID orderId = UUID.randomUUID();
                UUID decisionId = UUID.randomUUID();
                List<ReservationLine> lines = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int l = 0; l < count; l++) {
                    lines.add(new ReservationLine(locations.get(random.nextInt(locations.size())), "L" + l,
                            skus.get(random.nextInt(skus.size())), 1 + random.nextInt(6)));
                }
                reserveStock.reserve(new ReserveStockCommand(orderId, decisionId, lines));
                boolean done = jdbc.queryForObject("select count(*) from reservation where decision_id = ?",
                        Integer.class, decisionId) > 0;
                if (done) {
                    reserved.add(new Reserved(orderId, lines));
                }
                outcomes.get(done ? "reserved" : "short").incrementAndGet();
            }
            case 4, 5 -> {
                Reserved order = reserved.poll();
                if (order == null) {
                    return;
                }
                // one location's lines ship together, part of the time only part of the quantity
                String from = order.lines().getFirst().locationId();
                List<DeductShippedStockCommand.Line> shipped = order.lines().stream()
                        .filter(line -> line.locationId().equals(from))
                        .map(line -> new DeductShippedStockCommand.Line(line.lineId(), line.sku(),
                                random.nextBoolean() ? line.quantity() : 1 + random.nextInt(line.quantity())))
                        .toList();
                deductShipped.deduct(new DeductShippedStockCommand(UUID.randomUUID(), order.orderId(), from, shipped,
                        clock.instant().minusMillis(random.nextInt(500))));
                outcomes.get("shipped").incrementAndGet();
            }
            case 6, 7 -> {
                try {
                    setStockLevel.set(new SetStockLevelCommand(new StockKey(location, sku), random.nextInt(60), null,
                            clock.instant().minusMillis(random.nextInt(2_000)), "race"));
                    outcomes.get("counted").incrementAndGet();
                } catch (StaleCountException e) {
                    outcomes.get("stale").incrementAndGet();
                }
            }
            default -> {
                try {
                    adjustStock.adjust(new AdjustStockCommand("race", UUID.randomUUID().toString(), List.of(
                            new AdjustStockCommand.Adjustment(new StockKey(location, sku), random.nextInt(21) - 8,
                                    "race"))));
                    outcomes.get("adjusted").incrementAndGet();
                } catch (AdjustmentsRejectedException e) {
                    outcomes.get("refused").incrementAndGet();
                }
            }
        }
    }

    private void assertInvariants(List<String> locations, String where) {
        List<String> drifting = jdbc.queryForList("""
                select s.location_id || '/' || s.sku || ' reserved ' || s.reserved || ' live ' || coalesce(l.live, 0)
                from stock s
                left join (select location_id, sku, sum(quantity - consumed_quantity) as live from reservation
                           where status = 'ACTIVE' group by location_id, sku) l
                       on l.location_id = s.location_id and l.sku = s.sku
                where s.location_id = any (?) and s.reserved <> coalesce(l.live, 0)""",
                String.class, (Object) locations.toArray(String[]::new));
        assertThat(drifting).as("%s: stock whose reserved is not its live reservations", where).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from reservation
                where location_id = any (?) and (consumed_quantity > quantity or consumed_quantity < 0)""",
                Integer.class, (Object) locations.toArray(String[]::new)))
                .as("%s: reservations consumed beyond their quantity", where).isZero();
        theLedgerExplainsEveryStockLevel();
    }
}
