package io.opendoms.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opendoms.inventory.domain.HoldRequestLine;
import io.opendoms.inventory.domain.ReservationLine;
import io.opendoms.inventory.domain.StaleCountException;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.support.InventoryIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stock invariants under every writer at once: many threads over a few hot stock rows mix order reservations,
 * shipments, counts taken in the past, adjustments, and checkout holds placed, released and expired, in a seeded
 * random order. After every round, with the writers quiet: reserved never exceeds on hand (a shortage releases the
 * rest), reserved equals the sum of the live reservations and holds of its row, nothing is negative, and the ledger
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
    private PlaceHoldUseCase placeHold;
    @Autowired
    private CheckoutHoldsService holds;
    @Autowired
    private ExpireHoldsService expireHolds;
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
        ConcurrentLinkedQueue<UUID> held = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> outcomes = new TreeMap<>();
        Stream.of("reserved", "short", "shipped", "counted", "stale", "adjusted", "refused", "held", "holdShort",
                "released", "expired").forEach(outcome -> outcomes.put(outcome, new AtomicInteger()));
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
                            operate(random, locations, skus, reserved, held, outcomes);
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
        // the one-second holds of the last rounds expire now, with the invariants checked once more after them
        await().atMost(Duration.ofSeconds(30)).until(() -> outcomes.get("expired").addAndGet(expireHolds.expireDue(50)) > 0);
        assertInvariants(locations, "seed " + seed + ", after the expiry");
        System.out.printf("stock race, seed %d: %s%n", seed, outcomes);
        assertThat(outcomes.get("reserved").get()).as("seed %d: some reservations went through", seed).isPositive();
        assertThat(outcomes.get("shipped").get()).as("seed %d: some shipments", seed).isPositive();
        assertThat(outcomes.get("counted").get()).as("seed %d: some counts", seed).isPositive();
    }

    private void operate(Random random, List<String> locations, List<String> skus,
                         ConcurrentLinkedQueue<Reserved> reserved, ConcurrentLinkedQueue<UUID> held,
                         Map<String, AtomicInteger> outcomes) {
        String location = locations.get(random.nextInt(locations.size()));
        String sku = skus.get(random.nextInt(skus.size()));
        switch (random.nextInt(13)) {
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
            case 10 -> {
                // a checkout hold, of one second half of the time: the expiry below ends those while others race
                try {
                    PlaceHoldUseCase.Placed placed = placeHold.place(new PlaceHoldCommand("race", null,
                            new PlaceHoldCommand.Request(List.of(new HoldRequestLine(sku, 1 + random.nextInt(4))),
                                    Duration.ofSeconds(random.nextBoolean() ? 1 : 600), location)));
                    held.add(placed.hold().id());
                    outcomes.get("held").incrementAndGet();
                } catch (HoldShortException e) {
                    outcomes.get("holdShort").incrementAndGet();
                }
            }
            case 11 -> {
                // a third of the holds are released by their client; the rest convert nothing and expire or stay
                UUID hold = random.nextInt(3) == 0 ? held.poll() : null;
                if (hold != null) {
                    holds.release(hold, new CheckoutHoldsService.Caller("race", false));
                    outcomes.get("released").incrementAndGet();
                }
            }
            case 12 -> outcomes.get("expired").addAndGet(expireHolds.expireDue(50));
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
                left join (select location_id, sku, sum(units) as live from (
                               select location_id, sku, quantity - consumed_quantity as units from reservation
                               where status = 'ACTIVE'
                               union all
                               select l.location_id, l.sku, l.quantity from checkout_hold_line l
                               join checkout_hold h on h.id = l.hold_id where h.status = 'ACTIVE') held
                           group by location_id, sku) l
                       on l.location_id = s.location_id and l.sku = s.sku
                where s.location_id = any (?) and s.reserved <> coalesce(l.live, 0)""",
                String.class, (Object) locations.toArray(String[]::new));
        assertThat(drifting).as("%s: stock whose reserved is not its live reservations", where).isEmpty();
        assertThat(jdbc.queryForList("""
                select location_id || '/' || sku || ' on hand ' || on_hand || ' reserved ' || reserved from stock
                where location_id = any (?) and reserved > on_hand""", String.class,
                (Object) locations.toArray(String[]::new)))
                .as("%s: stock reserving more than it has on hand", where).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from reservation
                where location_id = any (?) and (consumed_quantity > quantity or consumed_quantity < 0)""",
                Integer.class, (Object) locations.toArray(String[]::new)))
                .as("%s: reservations consumed beyond their quantity", where).isZero();
        theLedgerExplainsEveryStockLevel();
    }
}
