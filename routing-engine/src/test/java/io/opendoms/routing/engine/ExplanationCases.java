package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random SHIP orders over networks of 5–70 locations, with every rule that shapes an explanation: inactive
 * and pickup-only locations, channel rules, dc-only items, exclusions, checkout holds, daily capacity used up,
 * cut-offs, lateness, line splits on and off, one to four shipments, split penalties, SKUs shared by two lines,
 * and a small node budget now and then (so that the local search runs). Many locations survive the dominance
 * pruning, so the rejected survivors are priced with one, two and three chosen locations.
 */
final class ExplanationCases {

    private static final ZoneId[] ZONES = {ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
            ZoneId.of("America/Denver"), ZoneId.of("America/Los_Angeles")};
    private static final String[] SKUS = {"A", "B", "C", "D", "E", "F"};

    record Case(long seed, Network network, SourcingProblem problem, RoutingPolicy policy, long nodeBudget) {

        CostOptimalPlanner planner() {
            return new CostOptimalPlanner(nodeBudget);
        }
    }

    static Case random(long seed) {
        Random r = new Random(seed);
        GeoPoint destination = new GeoPoint(33 + r.nextDouble() * 12, -120 + r.nextDouble() * 45);
        int locationCount = 5 + r.nextInt(66);
        Map<String, Location> locations = new HashMap<>();
        Map<StockKey, Integer> stock = new HashMap<>();
        Map<SourcingProblem.LocationDay, Integer> capacityUsed = new HashMap<>();
        Instant at = Instant.parse("2026-11-23T05:00:00Z").plusSeconds(60L * r.nextInt(7 * 24 * 60));
        for (int i = 0; i < locationCount; i++) {
            LocationType type = LocationType.values()[r.nextInt(LocationType.values().length)];
            // from the courier's 40 km to across the country
            double spread = r.nextInt(3) == 0 ? 0.3 : r.nextBoolean() ? 4 : 20;
            GeoPoint position = new GeoPoint(destination.latitude() + (r.nextDouble() - 0.5) * spread,
                    destination.longitude() + (r.nextDouble() - 0.5) * spread * 1.5);
            Set<Capability> caps = r.nextInt(12) == 0 ? EnumSet.of(Capability.PICKUP)
                    : EnumSet.of(Capability.SHIP, Capability.PICKUP);
            String id = "L" + (i < 10 ? "0" : "") + i;
            Location l = new Location(id, type, position, ZONES[r.nextInt(ZONES.length)], caps,
                    r.nextInt(10) == 0 ? null : LocalTime.of(8 + r.nextInt(12), 30 * r.nextInt(2)),
                    r.nextInt(5) == 0 ? 1 + r.nextInt(2) : null, r.nextInt(12) != 0,
                    r.nextInt(10) == 0 ? new RoutingPolicy.Handling(BigDecimal.valueOf(50 + r.nextInt(300), 2),
                            BigDecimal.valueOf(10 + r.nextInt(60), 2)) : null);
            locations.put(id, l);
            if (l.dailyCapacity() != null && r.nextBoolean()) {
                capacityUsed.put(new SourcingProblem.LocationDay(id, BusinessCalendar.shipDate(l, at)),
                        l.dailyCapacity());
            }
            double share = type.isWarehouse() ? 0.8 : 0.4;
            for (String sku : SKUS) {
                if (r.nextDouble() < share) {
                    stock.put(new StockKey(id, sku), r.nextInt(type.isWarehouse() ? 12 : 5));
                }
            }
        }
        Map<String, Item> items = new HashMap<>();
        for (String sku : SKUS) {
            items.put(sku, new Item(sku, BigDecimal.valueOf(1 + r.nextInt(60), 1), r.nextInt(6) == 0, false));
        }
        int lineCount = 1 + r.nextInt(6);
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            lines.add(new OrderLine(String.valueOf(i + 1), SKUS[r.nextInt(SKUS.length)], 1 + r.nextInt(4)));
        }
        RoutingPolicy d = RoutingPolicy.defaults();
        Map<String, RoutingPolicy.ChannelRule> rules = Map.of("marketplace", new RoutingPolicy.ChannelRule(
                EnumSet.of(LocationType.DISTRIBUTION_CENTER, LocationType.THIRD_PARTY_LOGISTICS,
                        LocationType.DARK_STORE)));
        RoutingPolicy policy = new RoutingPolicy(d.zonesKm(), d.services(), d.handling(), d.serviceLevelDays(),
                BigDecimal.valueOf(r.nextInt(3) * 150, 2), 1 + r.nextInt(4), r.nextInt(4) != 0,
                d.latePenaltyPerDay(), d.defaultTimeZone(), rules);
        ServiceLevel level = ServiceLevel.values()[r.nextInt(ServiceLevel.values().length)];
        SourcingProblem problem = SourcingProblem.of(lines, DeliveryMethod.SHIP, level, null,
                        r.nextInt(4) == 0 ? "marketplace" : "web", destination, at)
                .withCapacityUsed(capacityUsed);
        if (r.nextBoolean()) {
            problem = problem.withDestinationZone(ZONES[r.nextInt(ZONES.length)]);
        }
        List<String> ids = locations.keySet().stream().sorted().toList();
        Set<SourcingProblem.Exclusion> excluded = new HashSet<>();
        for (int n = r.nextInt(3) == 0 ? 1 + r.nextInt(4) : 0; n > 0; n--) {
            excluded.add(new SourcingProblem.Exclusion(ids.get(r.nextInt(ids.size())),
                    lines.get(r.nextInt(lines.size())).lineId()));
        }
        List<SourcingProblem.Hold> holds = new ArrayList<>();
        if (r.nextInt(5) == 0) {
            OrderLine held = lines.get(r.nextInt(lines.size()));
            holds.add(new SourcingProblem.Hold(ids.get(r.nextInt(ids.size())), held.lineId(),
                    1 + r.nextInt(held.quantity())));
        }
        problem = problem.withExcluded(excluded).withHolds(holds);
        long budget = r.nextInt(8) == 0 ? 30 + r.nextInt(300) : CostOptimalPlanner.DEFAULT_NODE_BUDGET;
        return new Case(seed, new Network(locations, items, stock), problem, policy, budget);
    }

    /** Everything a plan says, candidates in order, costs as plain strings: equal text, equal plans. */
    static String canonical(Plan plan) {
        StringBuilder b = new StringBuilder();
        for (Shipment s : plan.shipments()) {
            b.append("S ").append(s.locationId()).append(' ').append(s.fulfillmentType()).append(' ')
                    .append(s.carrier()).append(' ').append(s.service()).append(' ').append(s.distanceKm())
                    .append(' ').append(s.zone()).append(' ').append(s.billableKg()).append(' ')
                    .append(s.shipDate()).append(' ').append(s.promisedDeliveryDate()).append(' ')
                    .append(s.cost().shipping()).append('+').append(s.cost().handling()).append('=')
                    .append(s.cost().total()).append(' ').append(s.late());
            for (OrderLine l : s.lines()) {
                b.append(' ').append(l.lineId()).append(':').append(l.sku()).append('x').append(l.quantity());
            }
            b.append('\n');
        }
        for (UnallocatedLine u : plan.unallocated()) {
            b.append("U ").append(u.lineId()).append(':').append(u.sku()).append('x').append(u.quantity())
                    .append(' ').append(u.reason()).append('\n');
        }
        b.append("T ").append(plan.totalCost()).append(' ').append(plan.late()).append('\n');
        for (CandidateEvaluation c : plan.explanation().candidates()) {
            b.append("C ").append(c.locationId()).append(' ').append(c.outcome()).append(' ').append(c.reason())
                    .append(' ').append(c.cost()).append('\n');
        }
        return b.toString();
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ExplanationCases() {
    }
}
