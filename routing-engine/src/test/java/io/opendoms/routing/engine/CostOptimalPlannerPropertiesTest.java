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
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random small networks: every plan is valid, its costs add up, and it is as good as the optimum a brute force
 * finds by trying every allocation of every unit (which the search never does: it only tries fill orders).
 */
class CostOptimalPlannerPropertiesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String[] SKUS = {"A", "B", "C"};

    @Property(tries = 300)
    void plansAreValidAndTheirCostsAddUp(@ForAll long seed) {
        Case c = Case.random(new Random(seed));
        Plan plan = new CostOptimalPlanner().plan(c.problem, c.network, c.policy);
        assertValid(c, plan);
    }

    @Property(tries = 1000)
    void plansAreAsGoodAsABruteForceOptimum(@ForAll long seed) {
        Case c = Case.random(new Random(seed));
        Plan plan = new CostOptimalPlanner().plan(c.problem, c.network, c.policy);
        long[] optimum = bruteForce(c);
        long[] found = key(c, plan.shipments(), unallocated(plan));
        assertThat(found).as("unallocated, days late, cost of engine vs brute force").containsExactly(optimum);
    }

    @Property(tries = 100)
    void aTinyNodeBudgetStillGivesAValidPlan(@ForAll long seed) {
        Case c = Case.random(new Random(seed));
        Plan plan = new CostOptimalPlanner(5).plan(c.problem, c.network, c.policy);
        assertValid(c, plan);
    }

    private static void assertValid(Case c, Plan plan) {
        Map<StockKey, Integer> used = new HashMap<>();
        Map<String, Integer> allocated = new HashMap<>();
        for (Shipment s : plan.shipments()) {
            Location l = c.network.locations().get(s.locationId());
            assertThat(l.active() && l.can(Capability.SHIP)).isTrue();
            for (OrderLine line : s.lines()) {
                assertThat(l.type().isWarehouse() || !c.network.item(line.sku()).dcOnly()).isTrue();
                used.merge(new StockKey(l.id(), line.sku()), line.quantity(), Integer::sum);
                allocated.merge(line.lineId(), line.quantity(), Integer::sum);
            }
        }
        used.forEach((k, q) -> assertThat(q).isLessThanOrEqualTo(c.network.available(k.locationId(), k.sku())));
        assertThat(plan.shipments().size()).isLessThanOrEqualTo(c.policy.maxShipments());
        for (OrderLine line : c.problem.lines()) {
            int a = allocated.getOrDefault(line.lineId(), 0);
            int u = plan.unallocated().stream().filter(x -> x.lineId().equals(line.lineId()))
                    .mapToInt(UnallocatedLine::quantity).sum();
            assertThat(a + u).isEqualTo(line.quantity());
            long shipments = plan.shipments().stream()
                    .filter(s -> s.lines().stream().anyMatch(x -> x.lineId().equals(line.lineId()))).count();
            if (!c.policy.allowLineSplit()) {
                assertThat(shipments).isLessThanOrEqualTo(1);
                assertThat(a == 0 || a == line.quantity()).isTrue();
            }
        }
        for (Shipment s : plan.shipments()) {
            assertThat(s.cost().total()).isEqualTo(s.cost().shipping().add(s.cost().handling()));
        }
        LocalDate deadline = c.deadline();
        BigDecimal sum = plan.shipments().stream().map(s -> s.cost().total()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(c.policy.splitPenalty().multiply(BigDecimal.valueOf(Math.max(0, plan.shipments().size() - 1))))
                .add(c.policy.latePenaltyPerDay().multiply(BigDecimal.valueOf(plan.shipments().stream()
                        .mapToInt(s -> ShipmentCosting.lateDays(s, deadline)).sum())));
        assertThat(plan.totalCost()).isEqualByComparingTo(sum);
        assertThat(plan.late()).isEqualTo(plan.shipments().stream().anyMatch(Shipment::late));
    }

    private static int unallocated(Plan plan) {
        return plan.unallocated().stream().mapToInt(UnallocatedLine::quantity).sum();
    }

    /** (units unallocated, shipment-days late, total cents) of the best allocation of units, tried one by one. */
    private static long[] bruteForce(Case c) {
        List<Location> locations = c.network.locations().values().stream()
                .filter(l -> l.active() && l.can(Capability.SHIP))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        List<OrderLine> lines = c.problem.lines();
        int[][] alloc = new int[lines.size()][locations.size()];
        long[][] best = {null};
        enumerate(c, locations, lines, alloc, 0, 0, best);
        return best[0];
    }

    private static void enumerate(Case c, List<Location> locations, List<OrderLine> lines, int[][] alloc, int line,
                                  int loc, long[][] best) {
        if (line == lines.size()) {
            evaluate(c, locations, lines, alloc, best);
            return;
        }
        if (loc == locations.size()) {
            enumerate(c, locations, lines, alloc, line + 1, 0, best);
            return;
        }
        int given = 0;
        for (int l = 0; l < loc; l++) {
            given += alloc[line][l];
        }
        OrderLine ol = lines.get(line);
        Location location = locations.get(loc);
        boolean may = location.type().isWarehouse() || !c.network.item(ol.sku()).dcOnly();
        int max = may ? Math.min(ol.quantity() - given, c.network.available(location.id(), ol.sku())) : 0;
        for (int q = 0; q <= max; q++) {
            alloc[line][loc] = q;
            enumerate(c, locations, lines, alloc, line, loc + 1, best);
        }
        alloc[line][loc] = 0;
    }

    private static void evaluate(Case c, List<Location> locations, List<OrderLine> lines, int[][] alloc,
                                 long[][] best) {
        List<Shipment> shipments = new ArrayList<>();
        int unallocated = 0;
        for (int i = 0; i < lines.size(); i++) {
            int a = 0;
            int at = 0;
            for (int l = 0; l < locations.size(); l++) {
                a += alloc[i][l];
                at += alloc[i][l] > 0 ? 1 : 0;
            }
            if (!c.policy.allowLineSplit() && (at > 1 || (a > 0 && a < lines.get(i).quantity()))) {
                return;
            }
            unallocated += lines.get(i).quantity() - a;
        }
        ShipmentCosting costing = new ShipmentCosting(c.policy);
        for (int l = 0; l < locations.size(); l++) {
            Map<String, Integer> bySku = new HashMap<>();
            List<OrderLine> shipped = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (alloc[i][l] > 0) {
                    shipped.add(new OrderLine(lines.get(i).lineId(), lines.get(i).sku(), alloc[i][l]));
                    bySku.merge(lines.get(i).sku(), alloc[i][l], Integer::sum);
                }
            }
            Location location = locations.get(l);
            for (Map.Entry<String, Integer> e : bySku.entrySet()) {
                if (e.getValue() > c.network.available(location.id(), e.getKey())) {
                    return;
                }
            }
            if (!shipped.isEmpty()) {
                double km = ShipmentCosting.roundedKm(location.position().distanceKm(c.problem.destination()));
                shipments.add(costing.ship(location, shipped, km, c.shipDate(location), c.deadline(), c.network));
            }
        }
        if (shipments.size() > c.policy.maxShipments()) {
            return;
        }
        long[] key = key(c, shipments, unallocated);
        if (best[0] == null || compare(key, best[0]) < 0) {
            best[0] = key;
        }
    }

    private static long[] key(Case c, List<Shipment> shipments, int unallocated) {
        LocalDate deadline = c.deadline();
        long late = shipments.stream().mapToInt(s -> ShipmentCosting.lateDays(s, deadline)).sum();
        BigDecimal total = new ShipmentCosting(c.policy).total(shipments, deadline);
        return new long[] {unallocated, late, total.movePointRight(2).longValueExact()};
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int cmp = Long.compare(a[i], b[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private record Case(Network network, SourcingProblem problem, RoutingPolicy policy) {

        LocalDate deadline() {
            return BusinessCalendar.deadline(problem.orderedAt(), policy.defaultTimeZone(),
                    policy.daysFor(problem.serviceLevel()));
        }

        LocalDate shipDate(Location location) {
            LocalDate d = BusinessCalendar.shipDate(location, problem.at());
            while (location.dailyCapacity() != null && problem.capacityUsed()
                    .getOrDefault(new SourcingProblem.LocationDay(location.id(), d), 0) >= location.dailyCapacity()) {
                d = BusinessCalendar.nextBusinessDay(d);
            }
            return d;
        }

        static Case random(Random r) {
            GeoPoint destination = new GeoPoint(40.75, -74.0);
            int locationCount = 1 + r.nextInt(4);
            Map<String, Location> locations = new HashMap<>();
            Map<StockKey, Integer> stock = new HashMap<>();
            Map<SourcingProblem.LocationDay, Integer> capacityUsed = new HashMap<>();
            Instant at = Instant.parse("2026-11-23T15:00:00Z").plusSeconds(3600L * r.nextInt(24 * 7));
            for (int i = 0; i < locationCount; i++) {
                LocationType type = LocationType.values()[r.nextInt(LocationType.values().length)];
                // within about 40 km (courier range) to about 3,500 km
                double lat = 40.75 + (r.nextDouble() - 0.5) * (r.nextBoolean() ? 0.6 : 12);
                double lon = -74.0 - r.nextDouble() * (r.nextBoolean() ? 0.4 : 45);
                Set<Capability> caps = r.nextInt(8) == 0 ? EnumSet.of(Capability.PICKUP) : EnumSet.of(Capability.SHIP);
                String id = "L" + i;
                Location l = new Location(id, type, new GeoPoint(lat, lon), NEW_YORK, caps,
                        LocalTime.of(10 + r.nextInt(10), 0), r.nextInt(4) == 0 ? 1 : null, r.nextInt(10) != 0);
                locations.put(id, l);
                if (l.dailyCapacity() != null && r.nextBoolean()) {
                    capacityUsed.put(new SourcingProblem.LocationDay(id, BusinessCalendar.shipDate(l, at)), 1);
                }
                for (String sku : SKUS) {
                    if (r.nextInt(3) > 0) {
                        stock.put(new StockKey(id, sku), r.nextInt(5));
                    }
                }
            }
            Map<String, Item> items = new HashMap<>();
            for (String sku : SKUS) {
                items.put(sku, new Item(sku, BigDecimal.valueOf(1 + r.nextInt(40), 1), r.nextInt(5) == 0, false));
            }
            int lineCount = 1 + r.nextInt(3);
            List<OrderLine> lines = new ArrayList<>();
            for (int i = 0; i < lineCount; i++) {
                lines.add(new OrderLine(String.valueOf(i + 1), SKUS[r.nextInt(SKUS.length)], 1 + r.nextInt(3)));
            }
            RoutingPolicy d = RoutingPolicy.defaults();
            RoutingPolicy policy = new RoutingPolicy(d.zonesKm(), d.services(), d.handling(), d.serviceLevelDays(),
                    BigDecimal.valueOf(r.nextInt(3) * 150, 2), 1 + r.nextInt(3), r.nextBoolean(),
                    d.latePenaltyPerDay(), d.defaultTimeZone(), d.channelRules());
            ServiceLevel level = ServiceLevel.values()[r.nextInt(ServiceLevel.values().length)];
            SourcingProblem problem = SourcingProblem.of(lines, DeliveryMethod.SHIP, level, null, "web", destination,
                    at).withCapacityUsed(capacityUsed);
            return new Case(new Network(locations, items, stock), problem, policy);
        }
    }
}
