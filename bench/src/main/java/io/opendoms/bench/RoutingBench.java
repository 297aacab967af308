package io.opendoms.bench;

import io.opendoms.routing.engine.BusinessCalendar;
import io.opendoms.routing.engine.Capability;
import io.opendoms.routing.engine.CostOptimalPlanner;
import io.opendoms.routing.engine.DeliveryMethod;
import io.opendoms.routing.engine.GeoPoint;
import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.Network;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.RoutingPolicy;
import io.opendoms.routing.engine.ServiceLevel;
import io.opendoms.routing.engine.Shipment;
import io.opendoms.routing.engine.ShipmentCosting;
import io.opendoms.routing.engine.SourcingProblem;
import io.opendoms.routing.engine.StockKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code ./opendoms bench routing}: the routing engine in this JVM, no stack. A network of 500 locations at real
 * ZIP centroids (DCs, 3PLs, dark stores, stores) with seeded stock; orders of 1–10 lines to random real ZIPs.
 * Prints decision latency after warm-up, and the mean plan cost against the exact optimum (the same branch and
 * bound without a node budget, which proves optimality) and against greedy nearest-location-per-line, on the same
 * orders and stock. Measurements, not tests: always exit code 0.
 */
final class RoutingBench {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final Random random;
    private final ZipTable zips;
    private final int skus;
    private final RoutingPolicy policy = RoutingPolicy.defaults();
    private final List<Location> locations = new ArrayList<>();
    private Network network;

    private RoutingBench(long seed, int skus) {
        this.random = new Random(seed);
        this.zips = ZipTable.load();
        this.skus = skus;
    }

    static void main(String[] args) {
        long seed = 42;
        int orders = 5_000;
        int warmup = 3_000;
        int big = 200;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--orders" -> orders = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--large" -> big = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        RoutingBench bench = new RoutingBench(seed, 2_000);
        bench.buildNetwork(12, 25, 60, 403);
        bench.run(warmup, orders, big);
    }

    private void buildNetwork(int dcs, int thirdParties, int darkStores, int stores) {
        Map<String, Item> items = new HashMap<>();
        for (int s = 0; s < skus; s++) {
            BigDecimal kg = BigDecimal.valueOf(1 + random.nextInt(50), 1); // 0.1–5.0 kg
            items.put(sku(s), new Item(sku(s), kg, random.nextInt(20) == 0, false));
        }
        Map<StockKey, Integer> stock = new HashMap<>();
        add(LocationType.DISTRIBUTION_CENTER, dcs, 0.9, 200, stock);
        add(LocationType.THIRD_PARTY_LOGISTICS, thirdParties, 0.5, 100, stock);
        add(LocationType.DARK_STORE, darkStores, 0.25, 20, stock);
        add(LocationType.STORE, stores, 0.15, 6, stock);
        Map<String, Location> byId = new HashMap<>();
        locations.forEach(l -> byId.put(l.id(), l));
        network = new Network(byId, items, stock);
    }

    private void add(LocationType type, int count, double share, int maxUnits, Map<StockKey, Integer> stock) {
        for (int i = 0; i < count; i++) {
            ZipTable.Zip zip = zips.zips().get(random.nextInt(zips.size()));
            String id = type.name().substring(0, 2) + "-" + zip.zip() + "-" + i;
            Location l = new Location(id, type, new GeoPoint(zip.latitude(), zip.longitude()),
                    ZoneId.of(zip.timeZone()), EnumSet.of(Capability.SHIP, Capability.PICKUP),
                    LocalTime.of(type == LocationType.STORE ? 17 : 15, 0), null, true);
            locations.add(l);
            for (int s = 0; s < skus; s++) {
                if (random.nextDouble() < share) {
                    stock.put(new StockKey(id, sku(s)), random.nextInt(maxUnits + 1));
                }
            }
        }
    }

    private SourcingProblem order(int maxLines, int minLines) {
        int lines = minLines + random.nextInt(maxLines - minLines + 1);
        List<OrderLine> orderLines = new ArrayList<>();
        List<String> used = new ArrayList<>();
        while (orderLines.size() < lines) {
            // popular items sell more: a skewed pick over the catalogue
            String sku = sku((int) (skus * Math.pow(random.nextDouble(), 2)));
            if (!used.contains(sku)) {
                used.add(sku);
                orderLines.add(new OrderLine(String.valueOf(orderLines.size() + 1), sku, 1 + (random.nextInt(4) == 0
                        ? random.nextInt(3) : 0)));
            }
        }
        ZipTable.Zip to = zips.zips().get(random.nextInt(zips.size()));
        int l = random.nextInt(100);
        ServiceLevel level = l < 70 ? ServiceLevel.STANDARD : l < 90 ? ServiceLevel.EXPRESS
                : l < 98 ? ServiceLevel.NEXT_DAY : ServiceLevel.SAME_DAY;
        // a weekday of late November 2026, any hour
        Instant at = Instant.parse("2026-11-23T00:00:00Z").plusSeconds(random.nextInt(5 * 24 * 3600));
        return SourcingProblem.of(orderLines, DeliveryMethod.SHIP, level, null, "web",
                new GeoPoint(to.latitude(), to.longitude()), at).withDestinationZone(ZoneId.of(to.timeZone()));
    }

    private void run(int warmup, int count, int big) {
        log("network: %d locations (12 DCs, 25 3PLs, 60 dark stores, 403 stores), %d SKUs, %d stock rows"
                .formatted(locations.size(), skus, network.available().size()));
        CostOptimalPlanner engine = new CostOptimalPlanner();
        CostOptimalPlanner exact = new CostOptimalPlanner(Long.MAX_VALUE);
        for (int i = 0; i < warmup; i++) {
            engine.solve(order(10, 1), network, policy);
        }
        log("warm-up: " + warmup + " decisions");
        List<SourcingProblem> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            problems.add(order(10, 1));
        }
        long[] nanos = new long[count];
        List<CostOptimalPlanner.Result> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            results.add(engine.solve(problems.get(i), network, policy));
            nanos[i] = System.nanoTime() - t0;
        }
        Percentiles latency = Percentiles.of(nanos);
        long proven = results.stream().filter(CostOptimalPlanner.Result::provenOptimal).count();
        double candidates = results.stream().mapToInt(CostOptimalPlanner.Result::candidates).average().orElse(0);
        double searched = results.stream().mapToInt(CostOptimalPlanner.Result::searched).average().orElse(0);
        log("1–10 lines: %d decisions, p50 %.3f ms, p99 %.3f ms, max %.3f ms; proven optimal %d (%.1f%%);"
                .formatted(count, latency.at(50) / 1e6, latency.at(99) / 1e6, latency.at(100) / 1e6, proven,
                        100.0 * proven / count)
                + " candidates %.0f, searched after dominance %.1f on average".formatted(candidates, searched));

        // quality: orders every method allocates in full, on time
        BigDecimal engineSum = BigDecimal.ZERO;
        BigDecimal exactSum = BigDecimal.ZERO;
        BigDecimal greedySum = BigDecimal.ZERO;
        int compared = 0;
        int worse = 0;
        for (int i = 0; i < count; i++) {
            Plan plan = results.get(i).plan();
            Plan greedy = greedy(problems.get(i));
            if (!plan.unallocated().isEmpty() || !greedy.unallocated().isEmpty() || plan.late() || greedy.late()) {
                continue;
            }
            Plan optimum = results.get(i).provenOptimal() ? plan : exact.plan(problems.get(i), network, policy);
            compared++;
            engineSum = engineSum.add(plan.totalCost());
            exactSum = exactSum.add(optimum.totalCost());
            greedySum = greedySum.add(greedy.totalCost());
            if (plan.totalCost().compareTo(optimum.totalCost()) > 0) {
                worse++;
            }
        }
        log("cost on %d orders all three allocate in full and on time: engine mean %.3f, exact mean %.3f (%+.3f%%),"
                .formatted(compared, mean(engineSum, compared), mean(exactSum, compared),
                        pct(engineSum, exactSum))
                + " greedy nearest-per-line mean %.3f (engine %+.2f%% vs greedy); engine above exact on %d orders"
                .formatted(mean(greedySum, compared), pct(engineSum, greedySum), worse));

        if (big == 0) {
            return;
        }
        long[] bigNanos = new long[big];
        int bigProven = 0;
        for (int i = 0; i < 50; i++) {
            engine.solve(order(30, 30), network, policy);
        }
        for (int i = 0; i < big; i++) {
            SourcingProblem p = order(30, 30);
            long t0 = System.nanoTime();
            CostOptimalPlanner.Result r = engine.solve(p, network, policy);
            bigNanos[i] = System.nanoTime() - t0;
            bigProven += r.provenOptimal() ? 1 : 0;
        }
        Percentiles bigLatency = Percentiles.of(bigNanos);
        log("30 lines: %d decisions, p50 %.2f ms, p99 %.2f ms, max %.2f ms; proven optimal %d".formatted(big,
                bigLatency.at(50) / 1e6, bigLatency.at(99) / 1e6, bigLatency.at(100) / 1e6, bigProven));
    }

    /** The baseline: each line from the nearest eligible location that has its full quantity left. */
    private Plan greedy(SourcingProblem problem) {
        ShipmentCosting costing = new ShipmentCosting(policy);
        LocalDate deadline = BusinessCalendar.deadline(problem.orderedAt(), problem.destinationZone() == null
                ? CHICAGO : problem.destinationZone(), policy.daysFor(problem.serviceLevel()));
        List<Location> byDistance = new ArrayList<>(locations);
        byDistance.sort(Comparator.comparingDouble((Location l) -> l.position().distanceKm(problem.destination()))
                .thenComparing(Location::id));
        Map<StockKey, Integer> taken = new HashMap<>();
        Map<Location, List<OrderLine>> byLocation = new LinkedHashMap<>();
        List<io.opendoms.routing.engine.UnallocatedLine> unallocated = new ArrayList<>();
        for (OrderLine line : problem.lines()) {
            boolean dcOnly = network.item(line.sku()).dcOnly();
            Location from = byDistance.stream()
                    .filter(l -> !dcOnly || l.type().isWarehouse())
                    .filter(l -> network.available(l.id(), line.sku())
                            - taken.getOrDefault(new StockKey(l.id(), line.sku()), 0) >= line.quantity())
                    .findFirst().orElse(null);
            if (from == null) {
                unallocated.add(io.opendoms.routing.engine.UnallocatedLine.of(line,
                        io.opendoms.routing.engine.UnallocationReason.NO_STOCK));
                continue;
            }
            taken.merge(new StockKey(from.id(), line.sku()), line.quantity(), Integer::sum);
            byLocation.computeIfAbsent(from, l -> new ArrayList<>()).add(line);
        }
        List<Shipment> shipments = new ArrayList<>();
        byLocation.forEach((l, lines) -> shipments.add(costing.ship(l, lines,
                ShipmentCosting.roundedKm(l.position().distanceKm(problem.destination())), problem.at(), deadline,
                network)));
        return new Plan(shipments, unallocated, costing.total(shipments, deadline),
                shipments.stream().anyMatch(Shipment::late), io.opendoms.routing.engine.Explanation.none());
    }

    private static double mean(BigDecimal sum, int n) {
        return n == 0 ? 0 : sum.doubleValue() / n;
    }

    private static double pct(BigDecimal value, BigDecimal reference) {
        return reference.signum() == 0 ? 0 : 100.0 * (value.doubleValue() / reference.doubleValue() - 1);
    }

    private static String sku(int s) {
        return "SKU-" + s;
    }

    private static void log(String message) {
        System.out.println("[bench routing] " + message);
    }
}
