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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code ./opendoms bench routing}: the routing engine in this JVM, no stack. A network of 500 locations at real
 * ZIP centroids (DCs, 3PLs, dark stores, stores) with seeded stock; orders of 1–10 lines to random real ZIPs.
 * Prints, after warm-up, the latency of a decision (the plan; its explanation unpriced, as the order pipeline
 * decides) and, apart, of its explanation on demand (pricing the rejected survivors, and planning again and pricing
 * as a stored decision is read), and the mean plan cost against the exact optimum (the same branch and
 * bound without a node budget, which proves optimality) and against greedy nearest-location-per-line, on the same
 * orders and stock. Measurements, not tests: always exit code 0.
 */
final class RoutingBench {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** Decisions timed back to back before their explanations are priced. */
    private static final int BLOCK = 100;

    private final Random random;
    private final ZipTable zips;
    private final int skus;
    private final RoutingPolicy policy = RoutingPolicy.defaults();
    private final List<Location> locations = new ArrayList<>();
    private Network network;
    /** Where to write every timed plan and complete explanation as text (null: nowhere), to see what a digest hides. */
    private String canonicalOut;

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
        int tailRepeat = 0;
        String canonicalOut = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--orders" -> orders = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--large" -> big = Integer.parseInt(args[i + 1]);
                case "--tail-repeat" -> tailRepeat = Integer.parseInt(args[i + 1]);
                case "--canonical-out" -> canonicalOut = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        RoutingBench bench = new RoutingBench(seed, 2_000);
        bench.buildNetwork(12, 25, 60, 403);
        bench.canonicalOut = canonicalOut;
        bench.run(warmup, orders, big, tailRepeat);
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

    private void run(int warmup, int count, int big, int tailRepeat) {
        log("network: %d locations (12 DCs, 25 3PLs, 60 dark stores, 403 stores), %d SKUs, %d stock rows"
                .formatted(locations.size(), skus, network.available().size()));
        CostOptimalPlanner engine = new CostOptimalPlanner();
        CostOptimalPlanner exact = new CostOptimalPlanner(Long.MAX_VALUE);
        for (int i = 0; i < warmup; i++) {
            engine.solve(order(10, 1), network, policy).explained(); // warms the pricing as well
        }
        log("warm-up: " + warmup + " decisions, each explained");
        List<SourcingProblem> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            problems.add(order(10, 1));
        }
        // decisions back to back in blocks of BLOCK orders (the plan, its explanation unpriced: what the order
        // pipeline pays), then the explanations of the block priced from what each decision kept (what a what-if
        // pays on top of a decision)
        long[] decide = new long[count];
        long[] price = new long[count];
        // CPU time of this thread as well: on a shared machine, wall time includes waiting for a core
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] decideCpu = new long[count];
        long[] priceCpu = new long[count];
        // what the quality comparison needs of each plan, not the plan: 5,000 plans with their explanations (500
        // candidates each) kept alive would make every young collection of the timed decisions copy them
        List<Outcome> plans = new ArrayList<>();
        boolean[] provenOptimal = new boolean[count];
        double candidates = 0;
        double searched = 0;
        // per decision, what its search had to do: lines, candidates, survivors of dominance, nodes
        int[][] shape = new int[count][];
        MessageDigest digest = sha256();
        int unpriced = 0;
        CostOptimalPlanner.Result[] block = new CostOptimalPlanner.Result[BLOCK];
        StringBuilder canonicalText = canonicalOut == null ? null : new StringBuilder();
        for (int from = 0; from < count; from += BLOCK) {
            int to = Math.min(count, from + BLOCK);
            for (int i = from; i < to; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                block[i - from] = engine.solve(problems.get(i), network, policy);
                decide[i] = System.nanoTime() - t0;
                decideCpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
            for (int i = from; i < to; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                block[i - from].explained();
                price[i] = System.nanoTime() - t0;
                priceCpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
            for (int i = from; i < to; i++) {
                CostOptimalPlanner.Result result = block[i - from];
                plans.add(Outcome.of(result.plan()));
                provenOptimal[i] = result.provenOptimal();
                candidates += result.candidates();
                searched += result.searched();
                shape[i] = new int[] {problems.get(i).lines().size(), result.candidates(), result.searched(),
                        (int) Math.min(Integer.MAX_VALUE, result.nodes()), result.provenOptimal() ? 1 : 0};
                unpriced += result.plan().explanation().unpriced().size();
                String text = canonical(result.explained());
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                if (canonicalText != null) {
                    canonicalText.append("order ").append(i).append('\n').append(text);
                }
                block[i - from] = null;
            }
        }
        // the explanation of a stored decision on read: planned again and priced, from nothing
        long[] onRead = new long[count];
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            engine.explain(problems.get(i), network, policy);
            onRead[i] = System.nanoTime() - t0;
        }
        long proven = 0;
        for (boolean p : provenOptimal) {
            proven += p ? 1 : 0;
        }
        log("1–10 lines: %d decisions; proven optimal %d (%.1f%%); candidates %.0f, searched after dominance %.1f,"
                .formatted(count, proven, 100.0 * proven / count, candidates / count, searched / count)
                + " left to price %.1f on average".formatted((double) unpriced / count));
        log(latency("1–10 lines, decision (plan; explanation unpriced)", decide));
        log(latency("1–10 lines, explanation on demand: pricing after the decision", price));
        log(latency("1–10 lines, explanation on demand: planned again and priced (a stored decision read)",
                onRead));
        log(latency("1–10 lines, decision and pricing together (what a decision cost before)", sum(decide, price)));
        log(latency("1–10 lines, CPU time of the decision", decideCpu));
        log(latency("1–10 lines, CPU time of pricing after the decision", priceCpu));
        log(tail(decideCpu, shape));
        if (tailRepeat > 0) {
            // the slowest 1 % decided again and again: a profiler attached now sees only where p99 comes from
            List<SourcingProblem> slowest = slowest(decideCpu, problems);
            long c0 = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < tailRepeat; r++) {
                for (SourcingProblem p : slowest) {
                    engine.solve(p, network, policy);
                }
            }
            log("slowest 1 %% decided again %d times each: mean CPU %.3f ms".formatted(tailRepeat,
                    (threads.getCurrentThreadCpuTime() - c0) / 1e6 / tailRepeat / slowest.size()));
        }
        log("plans and complete explanations of the timed orders, SHA-256: "
                + HexFormat.of().formatHex(digest.digest()));
        if (canonicalText != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(canonicalOut), canonicalText);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            log("plans and explanations written to " + canonicalOut);
        }

        // quality: orders every method allocates in full, on time
        BigDecimal engineSum = BigDecimal.ZERO;
        BigDecimal exactSum = BigDecimal.ZERO;
        BigDecimal greedySum = BigDecimal.ZERO;
        int compared = 0;
        int worse = 0;
        for (int i = 0; i < count; i++) {
            Outcome plan = plans.get(i);
            Plan greedy = greedy(problems.get(i));
            if (!plan.complete() || !greedy.unallocated().isEmpty() || plan.late() || greedy.late()) {
                continue;
            }
            BigDecimal optimum = provenOptimal[i] ? plan.totalCost()
                    : exact.plan(problems.get(i), network, policy).totalCost();
            compared++;
            engineSum = engineSum.add(plan.totalCost());
            exactSum = exactSum.add(optimum);
            greedySum = greedySum.add(greedy.totalCost());
            if (plan.totalCost().compareTo(optimum) > 0) {
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
        long[] bigDecide = new long[big];
        long[] bigPrice = new long[big];
        int bigProven = 0;
        for (int i = 0; i < 50; i++) {
            engine.solve(order(30, 30), network, policy).explained();
        }
        List<SourcingProblem> bigProblems = new ArrayList<>();
        for (int i = 0; i < big; i++) {
            bigProblems.add(order(30, 30));
        }
        CostOptimalPlanner.Result[] bigResults = new CostOptimalPlanner.Result[big];
        for (int i = 0; i < big; i++) {
            long t0 = System.nanoTime();
            bigResults[i] = engine.solve(bigProblems.get(i), network, policy);
            bigDecide[i] = System.nanoTime() - t0;
            bigProven += bigResults[i].provenOptimal() ? 1 : 0;
        }
        for (int i = 0; i < big; i++) {
            long t0 = System.nanoTime();
            bigResults[i].explained();
            bigPrice[i] = System.nanoTime() - t0;
            bigResults[i] = null;
        }
        log("30 lines: %d decisions; proven optimal %d".formatted(big, bigProven));
        log(latency("30 lines, decision (plan; explanation unpriced)", bigDecide));
        log(latency("30 lines, explanation on demand: pricing after the decision", bigPrice));
        log(latency("30 lines, decision and pricing together (what a decision cost before)",
                sum(bigDecide, bigPrice)));
    }

    /** Of a plan, what the quality comparison uses. */
    private record Outcome(BigDecimal totalCost, boolean complete, boolean late) {
        static Outcome of(Plan plan) {
            return new Outcome(plan.totalCost(), plan.unallocated().isEmpty(), plan.late());
        }
    }

    private static String latency(String what, long[] nanos) {
        Percentiles p = Percentiles.of(nanos);
        return "%s: p50 %.3f ms, p99 %.3f ms, max %.3f ms".formatted(what, p.at(50) / 1e6, p.at(99) / 1e6,
                p.max() / 1e6);
    }

    /** What the slowest 1 % of decisions (by CPU time) had to search, beside the rest: where p99 comes from. */
    private static String tail(long[] cpu, int[][] shape) {
        Integer[] byCpu = byCpuDescending(cpu);
        int slow = Math.max(1, cpu.length / 100);
        double[][] sums = new double[2][6];
        for (int r = 0; r < byCpu.length; r++) {
            int i = byCpu[r];
            double[] s = sums[r < slow ? 0 : 1];
            for (int f = 0; f < 5; f++) {
                s[f] += shape[i][f];
            }
            s[5]++;
        }
        StringBuilder b = new StringBuilder("slowest 1 % of decisions by CPU vs the rest, means:");
        for (int g = 0; g < 2; g++) {
            double[] s = sums[g];
            b.append(g == 0 ? " slowest " : "; rest ").append("%d: lines %.1f, candidates %.0f, searched %.1f, nodes %.0f, proven optimal %.0f%%"
                    .formatted((int) s[5], s[0] / s[5], s[1] / s[5], s[2] / s[5], s[3] / s[5], 100 * s[4] / s[5]));
        }
        return b.toString();
    }

    private static Integer[] byCpuDescending(long[] cpu) {
        Integer[] byCpu = new Integer[cpu.length];
        for (int i = 0; i < cpu.length; i++) {
            byCpu[i] = i;
        }
        java.util.Arrays.sort(byCpu, Comparator.comparingLong((Integer i) -> cpu[i]).reversed());
        return byCpu;
    }

    private static List<SourcingProblem> slowest(long[] cpu, List<SourcingProblem> problems) {
        Integer[] byCpu = byCpuDescending(cpu);
        List<SourcingProblem> slow = new ArrayList<>();
        for (int r = 0; r < Math.max(1, cpu.length / 100); r++) {
            slow.add(problems.get(byCpu[r]));
        }
        return slow;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] s = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything a plan says, its explanation's candidates in order: equal digests of two builds, equal plans and
     * explanations.
     */
    static String canonical(Plan plan) {
        StringBuilder b = new StringBuilder();
        for (Shipment s : plan.shipments()) {
            b.append("S ").append(s.locationId()).append(' ').append(s.carrier()).append(' ').append(s.service())
                    .append(' ').append(s.distanceKm()).append(' ').append(s.shipDate()).append(' ')
                    .append(s.promisedDeliveryDate()).append(' ').append(s.cost().total()).append(' ')
                    .append(s.late());
            for (OrderLine l : s.lines()) {
                b.append(' ').append(l.lineId()).append('x').append(l.quantity());
            }
            b.append('\n');
        }
        plan.unallocated().forEach(u -> b.append("U ").append(u.lineId()).append('x').append(u.quantity())
                .append('\n'));
        b.append("T ").append(plan.totalCost()).append(' ').append(plan.late()).append('\n');
        plan.explanation().candidates().forEach(c -> b.append("C ").append(c.locationId()).append(' ')
                .append(c.outcome()).append(' ').append(c.reason()).append(' ').append(c.cost()).append('\n'));
        return b.toString();
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
