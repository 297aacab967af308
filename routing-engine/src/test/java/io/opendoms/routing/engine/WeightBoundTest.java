package io.opendoms.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The weight bound of the set enumeration ({@link Search#weightBound}): what shipping more weight over a few
 * shipments costs at least, and what it buys — the search proves optimal plans that used to run out of nodes.
 */
class WeightBoundTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final GeoPoint MANHATTAN = new GeoPoint(40.75065, -73.997293);

    /**
     * Seeded random shipments priced as the search prices them (every zone, the courier's flat rate, held weight):
     * spreading extra weight over them never costs less than the bound.
     */
    @Test
    void spreadingWeightOverShipmentsNeverCostsLessThanTheBound() {
        RoutingPolicy policy = RoutingPolicy.defaults();
        Rates rates = new Rates(policy, LocalDate.of(2026, 11, 30));
        Random random = new Random(11);
        int tight = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int n = 1 + random.nextInt(4);
            Site[] sites = new Site[n];
            long[] before = new long[n];
            long[] added = new long[n];
            long weight = 0;
            long perKg = Long.MAX_VALUE;
            for (int m = 0; m < n; m++) {
                sites[m] = site(rates, policy, random, m);
                before[m] = random.nextInt(3) == 0 ? 0 : random.nextInt(200_000); // up to 20 kg already shipped
                added[m] = random.nextInt(4) == 0 ? 0 : random.nextInt(300_000);
                weight += added[m];
                perKg = Math.min(perKg, sites[m].minPerKgMils);
            }
            long increase = 0;
            for (int m = 0; m < n; m++) {
                increase += sites[m].costCents(before[m] + added[m], 0) - sites[m].costCents(before[m], 0);
            }
            long bound = Search.weightBound(perKg, weight, n);
            assertThat(bound).as("trial %d", trial).isLessThanOrEqualTo(increase);
            tight += increase - bound <= 2 * n + perKg / 100 ? 1 : 0;
        }
        // not a bound of nothing: it is within a few cents of the increase in many trials
        assertThat(tight).isGreaterThan(1_000);
    }

    @Test
    void noRateOrNoWeightBoundsNothing() {
        assertThat(Search.weightBound(Long.MAX_VALUE, 100_000, 2)).isZero();
        assertThat(Search.weightBound(5_000, 0, 2)).isZero();
        // 10 kg is 20 half kilos, less one per shipment: 18 at 0.50 a kilo, 4.50, less a cent per shipment
        assertThat(Search.weightBound(5_000, 100_000, 2)).isEqualTo(448);
    }

    /**
     * Heavy orders over a dense network of similar stores: every set of three costs at least its shipments' base
     * rates plus what the order's weight costs at the cheapest per-kg rate among them, which rules out most sets at
     * once. Without the bound these orders run out of the default node budget.
     */
    @Test
    void heavyOrdersOverADenseNetworkAreProvenOptimalWithinTheBudget() {
        Random random = new Random(5);
        Map<String, Location> locations = new HashMap<>();
        Map<StockKey, Integer> stock = new HashMap<>();
        Map<String, Item> items = new HashMap<>();
        String[] skus = new String[10];
        for (int s = 0; s < skus.length; s++) {
            skus[s] = "SKU-" + s;
            items.put(skus[s], new Item(skus[s], BigDecimal.valueOf(20 + random.nextInt(30), 1), false, false));
        }
        for (int l = 0; l < 150; l++) {
            String id = "ST-%03d".formatted(l);
            // within ~200 km of Manhattan: zones 1 and 2, the same carriers
            GeoPoint at = new GeoPoint(MANHATTAN.latitude() + (random.nextDouble() - 0.5) * 3,
                    MANHATTAN.longitude() + (random.nextDouble() - 0.5) * 3);
            locations.put(id, new Location(id, LocationType.STORE, at, NEW_YORK, EnumSet.of(Capability.SHIP),
                    LocalTime.of(18, 0), null, true));
            for (String sku : skus) {
                if (random.nextInt(3) == 0) {
                    stock.put(new StockKey(id, sku), 1 + random.nextInt(3));
                }
            }
        }
        Network network = new Network(locations, items, stock);
        CostOptimalPlanner planner = new CostOptimalPlanner();
        int proven = 0;
        int orders = 20;
        for (int o = 0; o < orders; o++) {
            List<OrderLine> lines = new ArrayList<>();
            for (int s = 0; s < skus.length; s++) {
                lines.add(new OrderLine(String.valueOf(s + 1), skus[s], 1 + random.nextInt(2)));
            }
            SourcingProblem problem = SourcingProblem.of(lines, DeliveryMethod.SHIP, ServiceLevel.STANDARD, null,
                    "web", MANHATTAN, Instant.parse("2026-11-23T15:00:00Z")).withDestinationZone(NEW_YORK);
            CostOptimalPlanner.Result result = planner.solve(problem, network, RoutingPolicy.defaults());
            assertThat(result.plan().shipments()).isNotEmpty();
            proven += result.provenOptimal() ? 1 : 0;
        }
        assertThat(proven).isEqualTo(orders);
    }

    private static Site site(Rates rates, RoutingPolicy policy, Random random, int index) {
        LocationType type = LocationType.values()[random.nextInt(LocationType.values().length)];
        // 1 km to 4,000 km away: every zone, and the courier near by
        double km = random.nextInt(5) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(4_000);
        Location location = new Location("L" + index, type, MANHATTAN, NEW_YORK, EnumSet.of(Capability.SHIP),
                LocalTime.of(15, 0), null, true);
        LocalDate shipDate = LocalDate.of(2026, 11, 23).plusDays(random.nextInt(3));
        Site site = new Site(location, index, km, policy.zone(km), shipDate, shipDate, rates);
        site.memoizeShipping(200);
        return site;
    }
}
