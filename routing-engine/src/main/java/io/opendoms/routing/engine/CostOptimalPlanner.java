package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cost model of the routing spec, optimised: the plan of least total cost (shipping, handling, split and late
 * penalties) that allocates as much as the network allows and is as little late as possible, with the spec's
 * tie-breaks, so that the same question always gets the same answer. SHIP orders are searched by {@link Search}
 * (branch and bound, ADR 0010); PICKUP/CURBSIDE orders are sourced from their pickup location only.
 *
 * <p>A decision ({@link #plan}, {@link #solve}) explains what planning finds out anyway; what the best plan with
 * each other surviving location costs is searched only when the explanation is asked for ({@link #explain},
 * {@link Result#explained}; ADR 0012).
 *
 * <p>Prices of the plan are computed again, from the chosen allocation, by {@link ShipmentCosting}: the plain
 * decimal arithmetic an operator can redo by hand. The search's integer arithmetic gives the same cents.
 */
public final class CostOptimalPlanner implements SourcingPlanner {

    /** Search nodes per decision before the search settles for the best plan found plus local search. */
    public static final long DEFAULT_NODE_BUDGET = 20_000;
    /** Nodes spent per rejected candidate to price the best plan that uses it, for the explanation. */
    private static final long EXPLANATION_NODES = 400;
    /** How far ahead a full location may push its ship date before it counts as unable to ship. */
    private static final int CAPACITY_HORIZON_DAYS = 20;

    private final long nodeBudget;

    public CostOptimalPlanner() {
        this(DEFAULT_NODE_BUDGET);
    }

    public CostOptimalPlanner(long nodeBudget) {
        this.nodeBudget = nodeBudget;
    }

    /**
     * A plan, whether the search proved it optimal (false when the node budget ran out) and how it worked. Its
     * plan's explanation leaves the rejected survivors of pruning unpriced; {@link #explained} prices them from
     * what the search kept, without searching the plan again. Not for use by several threads at once.
     */
    public static final class Result {

        private final Plan plan;
        private final boolean provenOptimal;
        private final long nodes;
        private final int candidates;
        private final int searched;
        /** What pricing the unpriced locations needs (null: nothing to price). */
        private ShipPlanning pricing;
        private Plan explained;

        private Result(Plan plan, boolean provenOptimal, long nodes, int candidates, int searched,
                       ShipPlanning pricing) {
            this.plan = plan;
            this.provenOptimal = provenOptimal;
            this.nodes = nodes;
            this.candidates = candidates;
            this.searched = searched;
            this.pricing = plan.explanation().complete() ? null : pricing;
            this.explained = this.pricing == null ? plan : null;
        }

        private Result(Plan plan) {
            this(plan, true, 0, 0, 0, null);
        }

        /** The plan, its explanation without the prices of the rejected survivors of pruning. */
        public Plan plan() {
            return plan;
        }

        /** The same plan with its explanation complete, priced on the first call. */
        public Plan explained() {
            if (explained == null) {
                explained = pricing.explained(plan);
                pricing = null; // the search's buffers and sites are not needed any more
            }
            return explained;
        }

        public boolean provenOptimal() {
            return provenOptimal;
        }

        /** Search nodes spent on the plan (pricing the explanation aside). */
        public long nodes() {
            return nodes;
        }

        /** Locations that could ship some of the order. */
        public int candidates() {
            return candidates;
        }

        /** Candidates left after dominance pruning. */
        public int searched() {
            return searched;
        }
    }

    @Override
    public Plan plan(SourcingProblem problem, Network network, RoutingPolicy policy) {
        return solve(problem, network, policy).plan();
    }

    @Override
    public Plan explain(SourcingProblem problem, Network network, RoutingPolicy policy) {
        return solve(problem, network, policy).explained();
    }

    public Result solve(SourcingProblem problem, Network network, RoutingPolicy policy) {
        if (problem.lines().isEmpty()) {
            return new Result(Plan.nothing(List.of(), UnallocationReason.NO_STOCK, Explanation.none()));
        }
        if (problem.deliveryMethod() != DeliveryMethod.SHIP) {
            return new Result(planPickup(problem, network, policy), true, 0, 1, 1, null);
        }
        if (problem.destination() == null) {
            return new Result(Plan.nothing(problem.lines(), UnallocationReason.UNKNOWN_DESTINATION,
                    Explanation.none()));
        }
        return new ShipPlanning(problem, network, policy).plan();
    }

    /** Everything about one SHIP problem: its lines as the search indexes them, its candidate sites. */
    private final class ShipPlanning {

        private final SourcingProblem problem;
        private final Network network;
        private final RoutingPolicy policy;
        private final LocalDate deadline;
        private final List<OrderLine> lines;
        /** What the search still has to source per line, once holds are taken off. */
        private final int[] need;
        private final long[] unitWeight;
        private final int[] sku;
        private final List<String> skus = new ArrayList<>();
        private final int[] needBySku;
        private final boolean[] dcOnly;
        private final Map<String, Integer> lineIndex = new HashMap<>();
        private final Map<CandidateKey, CandidateEvaluation> rejected = new LinkedHashMap<>();
        private final Rates rates;
        /** The first ship date before capacity depends only on the location's time zone and cut-off. */
        private final Map<Cutoff, LocalDate> shipDates = new HashMap<>();

        ShipPlanning(SourcingProblem problem, Network network, RoutingPolicy policy) {
            this.problem = problem;
            this.network = network;
            this.policy = policy;
            ZoneId zone = problem.destinationZone() != null ? problem.destinationZone() : policy.defaultTimeZone();
            this.deadline = BusinessCalendar.deadline(problem.orderedAt(), zone, policy.daysFor(problem.serviceLevel()));
            this.lines = problem.lines();
            int n = lines.size();
            need = new int[n];
            unitWeight = new long[n];
            sku = new int[n];
            dcOnly = new boolean[n];
            for (int i = 0; i < n; i++) {
                OrderLine line = lines.get(i);
                lineIndex.put(line.lineId(), i);
                need[i] = line.quantity();
                Item item = network.item(line.sku());
                unitWeight[i] = Site.weight(item.weightKg());
                dcOnly[i] = item.dcOnly();
                int s = skus.indexOf(line.sku());
                if (s < 0) {
                    s = skus.size();
                    skus.add(line.sku());
                }
                sku[i] = s;
            }
            needBySku = new int[skus.size()];
            rates = new Rates(policy, deadline);
        }

        // what pricing the explanation on demand needs, kept by plan()
        private Search search;
        private Search.Solution solution;
        /** The candidates that survived pruning and were not chosen: each is priced on demand. */
        private final List<Site> unpriced = new ArrayList<>();

        Result plan() {
            Map<String, int[]> held = holds();
            for (int i = 0; i < need.length; i++) {
                needBySku[sku[i]] += need[i];
            }
            List<Site> candidates = candidates(held);
            Site[] survivors = prune(candidates);
            search = new Search(survivors, need, unitWeight, sku, skus.size(), policy, nodeBudget);
            solution = search.run();
            Plan plan = toPlan(solution, held);
            List<CandidateEvaluation> evaluations = explain(candidates, survivors, solution, plan);
            evaluations.addAll(rejected.values());
            evaluations.sort(Comparator.comparing(CandidateEvaluation::locationId));
            List<String> toPrice = unpriced.stream().map(s -> s.location.id()).sorted().toList();
            return new Result(new Plan(plan.shipments(), plan.unallocated(), plan.totalCost(), plan.late(),
                    new Explanation(evaluations, toPrice)), solution.optimal(), search.nodes, candidates.size(),
                    survivors.length, this);
        }

        /**
         * {@code plan} with its unpriced locations priced: for each, the best plan that uses it, alone, in place of
         * one of the chosen locations or beside them, searched under a budget of its own. Each search starts from
         * nothing (not from the plan's incumbent), so pricing later gives what pricing at once would have.
         */
        Plan explained(Plan plan) {
            Site[] chosenSites = solution.members();
            Search.Key b = solution.key();
            List<CandidateEvaluation> priced = new ArrayList<>();
            for (Site site : unpriced) {
                String id = site.location.id();
                Search.Solution with = search.bestWith(site, chosenSites, EXPLANATION_NODES);
                if (with == null) {
                    priced.add(rejectedEvaluation(id, CandidateReason.MORE_EXPENSIVE, null));
                    continue;
                }
                Search.Key k = with.key();
                CandidateReason reason = k.unallocated() > b.unallocated() ? CandidateReason.ALLOCATES_LESS
                        : k.late() > b.late() ? CandidateReason.MISSES_PROMISE
                        : k.cost() > b.cost() ? CandidateReason.MORE_EXPENSIVE
                        : CandidateReason.LOST_TIE_BREAK;
                priced.add(rejectedEvaluation(id, reason, BigDecimal.valueOf(k.cost(), 2)));
            }
            return new Plan(plan.shipments(), plan.unallocated(), plan.totalCost(), plan.late(),
                    plan.explanation().pricedFrom(new Explanation(priced)));
        }

        /** Holds at locations that may ship this order, per location: units per line; they leave the lines' need. */
        private Map<String, int[]> holds() {
            Map<String, int[]> held = new HashMap<>();
            for (SourcingProblem.Hold h : problem.holds()) {
                Integer i = lineIndex.get(h.lineId());
                Location location = network.locations().get(h.locationId());
                if (i == null || location == null || ineligibility(location) != null || !mayShip(location, i)) {
                    continue; // a hold the order cannot use is sourced like the rest
                }
                int q = Math.min(h.quantity(), need[i]);
                need[i] -= q;
                held.computeIfAbsent(h.locationId(), id -> new int[lines.size()])[i] += q;
            }
            return held;
        }

        private boolean mayShip(Location location, int i) {
            return !problem.isExcluded(location.id(), lines.get(i).lineId())
                    && (location.type().isWarehouse() || !network.item(lines.get(i).sku()).dcOnly());
        }

        private CandidateReason ineligibility(Location location) {
            if (!location.active()) {
                return CandidateReason.INACTIVE;
            }
            if (!location.can(Capability.SHIP)) {
                return CandidateReason.NOT_CAPABLE;
            }
            if (!policy.allows(problem.channel(), location.type())) {
                return CandidateReason.EXCLUDED_BY_RULE;
            }
            return null;
        }

        /**
         * Locations that could ship some of the order; the others are rejected here with their reason. Sites are
         * indexed in the order of their location ids, which pruning uses as the ids' order.
         */
        private List<Site> candidates(Map<String, int[]> held) {
            List<Site> sites = new ArrayList<>();
            // only the locations holding one of the order's SKUs need a closer look
            Map<String, int[]> stockBySite = new HashMap<>();
            for (int s = 0; s < skus.size(); s++) {
                int sku = s;
                network.holding(skus.get(s)).forEach((id, units) ->
                        stockBySite.computeIfAbsent(id, x -> new int[skus.size()])[sku] = units);
            }
            for (Location location : network.locationsById()) {
                CandidateReason reason = ineligibility(location);
                if (reason != null) {
                    reject(location, reason, null);
                    continue;
                }
                int[] hold = held.get(location.id());
                int[] stock = stockBySite.get(location.id());
                if (stock == null && hold == null) {
                    reject(location, CandidateReason.NO_STOCK, null);
                    continue;
                }
                if (stock == null) {
                    stock = new int[skus.size()];
                }
                boolean[] ok = new boolean[lines.size()];
                boolean any = hold != null;
                boolean dcOnlyStock = false;
                boolean excludedStock = false;
                for (int i = 0; i < lines.size(); i++) {
                    if (stock[sku[i]] <= 0 || need[i] == 0) {
                        continue;
                    }
                    if (!location.type().isWarehouse() && dcOnly[i]) {
                        dcOnlyStock = true;
                    } else if (problem.isExcluded(location.id(), lines.get(i).lineId())) {
                        excludedStock = true;
                    } else {
                        ok[i] = true;
                        any = true;
                    }
                }
                if (!any) {
                    reject(location, dcOnlyStock ? CandidateReason.DC_ONLY_ITEM
                            : excludedStock ? CandidateReason.EXCLUDED_FOR_ORDER : CandidateReason.NO_STOCK, null);
                    continue;
                }
                LocalDate uncapped = shipDates.computeIfAbsent(new Cutoff(location.timeZone(), location.cutoffTime()),
                        c -> BusinessCalendar.shipDate(location, problem.at()));
                LocalDate shipDate = withCapacity(location, uncapped);
                if (shipDate == null) {
                    reject(location, CandidateReason.CAPACITY_FULL, null);
                    continue;
                }
                double km = ShipmentCosting.roundedKm(location.position().distanceKm(problem.destination()));
                Site site = new Site(location, sites.size(), km, policy.zone(km), shipDate, uncapped, rates);
                if (!site.canShip()) {
                    reject(location, CandidateReason.NOT_CAPABLE, null);
                    continue;
                }
                site.ok = ok;
                site.stock = stock;
                if (hold != null) {
                    site.forced = true;
                    for (int i = 0; i < hold.length; i++) {
                        site.heldUnits += hold[i];
                        site.heldWeight += hold[i] * unitWeight[i];
                    }
                }
                // the units' handling counts with the lines (Search), not here
                site.fixedCents = site.costCents(site.heldWeight, site.heldUnits);
                sites.add(site);
            }
            return sites;
        }

        /** The first business day from {@code date} on which the location has room for one more fulfillment. */
        private LocalDate withCapacity(Location location, LocalDate date) {
            if (location.dailyCapacity() == null) {
                return date;
            }
            LocalDate d = date;
            for (int i = 0; i < CAPACITY_HORIZON_DAYS; i++) {
                int used = problem.capacityUsed().getOrDefault(new SourcingProblem.LocationDay(location.id(), d), 0);
                if (used < location.dailyCapacity()) {
                    return d;
                }
                d = BusinessCalendar.nextBusinessDay(d);
            }
            return null;
        }

        /**
         * Drops the sites that at least {@code maxShipments} others dominate ({@link Site#dominatedBy}): whatever
         * plan uses one of them, an unused dominator does as well. Survivors are sorted by least shipment cost.
         */
        private Site[] prune(List<Site> candidates) {
            Site[] byCost = candidates.toArray(Site[]::new);
            Arrays.sort(byCost, Comparator.comparingLong((Site s) -> s.fixedCents)
                    .thenComparingInt(s -> s.index)); // sites are indexed in the order of their ids
            int needed = Math.max(1, policy.maxShipments());
            for (Site site : byCost) {
                site.summarise(needBySku);
            }
            List<Site> survivors = new ArrayList<>();
            for (Site b : byCost) {
                int dominators = 0;
                if (!b.forced) {
                    for (Site a : byCost) {
                        if (a != b && b.dominatedBy(a, needBySku) && ++dominators >= needed) {
                            break;
                        }
                    }
                }
                if (dominators < needed) {
                    survivors.add(b);
                }
            }
            return survivors.toArray(Site[]::new);
        }

        private Plan toPlan(Search.Solution solution, Map<String, int[]> held) {
            ShipmentCosting costing = new ShipmentCosting(policy);
            Map<String, int[]> byLocation = new HashMap<>();
            Map<String, Site> sites = new HashMap<>();
            for (int m = 0; m < solution.members().length; m++) {
                Site site = solution.members()[m];
                byLocation.put(site.location.id(), solution.alloc()[m].clone());
                sites.put(site.location.id(), site);
            }
            held.forEach((id, units) -> {
                int[] q = byLocation.computeIfAbsent(id, x -> new int[lines.size()]);
                for (int i = 0; i < units.length; i++) {
                    q[i] += units[i];
                }
            });
            int[] allocated = new int[lines.size()];
            List<Shipment> shipments = new ArrayList<>();
            byLocation.keySet().stream().sorted().forEach(id -> {
                int[] q = byLocation.get(id);
                List<OrderLine> shipped = new ArrayList<>();
                for (int i = 0; i < q.length; i++) {
                    if (q[i] > 0) {
                        shipped.add(new OrderLine(lines.get(i).lineId(), lines.get(i).sku(), q[i]));
                        allocated[i] += q[i];
                    }
                }
                Site site = sites.get(id);
                Location location = network.locations().get(id);
                double km = site != null ? site.distanceKm
                        : ShipmentCosting.roundedKm(location.position().distanceKm(problem.destination()));
                LocalDate shipDate = site != null ? site.shipDate
                        : withCapacity(location, BusinessCalendar.shipDate(location, problem.at()));
                shipments.add(costing.ship(location, shipped, km, shipDate, deadline, network));
            });
            List<UnallocatedLine> unallocated = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                int missing = lines.get(i).quantity() - allocated[i];
                if (missing > 0) {
                    OrderLine l = lines.get(i);
                    unallocated.add(new UnallocatedLine(l.lineId(), l.sku(), missing, UnallocationReason.NO_STOCK));
                }
            }
            return new Plan(shipments, unallocated, costing.total(shipments, deadline),
                    shipments.stream().anyMatch(Shipment::late), Explanation.none());
        }

        /**
         * The explanation planning finds out anyway: chosen, late while the plan is on time, dominated. The other
         * survivors of pruning go to {@link #unpriced}.
         */
        private List<CandidateEvaluation> explain(List<Site> candidates, Site[] survivors, Search.Solution solution,
                                                  Plan plan) {
            Map<String, BigDecimal> chosen = new HashMap<>();
            plan.shipments().forEach(s -> chosen.put(s.locationId(), s.cost().total()));
            Set<Site> alive = new HashSet<>(Arrays.asList(survivors));
            boolean onTime = solution.key().late() == 0;
            List<CandidateEvaluation> out = new ArrayList<>();
            for (Site site : candidates) {
                String id = site.location.id();
                if (chosen.containsKey(id)) {
                    out.add(new CandidateEvaluation(id, CandidateOutcome.CHOSEN, CandidateReason.LOWEST_COST,
                            chosen.get(id)));
                } else if (onTime && site.late > 0) {
                    CandidateReason reason = site.shipDate.isAfter(site.uncappedShipDate)
                            ? CandidateReason.CAPACITY_FULL
                            : site.uncappedShipDate.isAfter(problem.at().atZone(site.location.timeZone())
                            .toLocalDate()) ? CandidateReason.PAST_CUTOFF_MISSES_PROMISE
                            : CandidateReason.MISSES_PROMISE;
                    out.add(rejectedEvaluation(id, reason, null));
                } else if (!alive.contains(site)) {
                    out.add(rejectedEvaluation(id, CandidateReason.DOMINATED, null));
                } else {
                    unpriced.add(site);
                }
            }
            return out;
        }

        private void reject(Location location, CandidateReason reason, BigDecimal cost) {
            rejected.put(new CandidateKey(location.id()), rejectedEvaluation(location.id(), reason, cost));
        }
    }

    private record CandidateKey(String locationId) {
    }

    private record Cutoff(ZoneId zone, LocalTime time) {
    }

    private static CandidateEvaluation rejectedEvaluation(String id, CandidateReason reason, BigDecimal cost) {
        return new CandidateEvaluation(id, CandidateOutcome.REJECTED, reason, cost);
    }

    /** PICKUP/CURBSIDE: the pickup location alone ships what it has (held units first); the rest is unallocated. */
    private static Plan planPickup(SourcingProblem problem, Network network, RoutingPolicy policy) {
        Location location = problem.pickupLocationId() == null
                ? null : network.locations().get(problem.pickupLocationId());
        if (location == null) {
            List<CandidateEvaluation> unknown = problem.pickupLocationId() == null ? List.of()
                    : List.of(rejectedEvaluation(problem.pickupLocationId(), CandidateReason.UNKNOWN_LOCATION, null));
            return Plan.nothing(problem.lines(), UnallocationReason.PICKUP_LOCATION_UNAVAILABLE,
                    new Explanation(unknown));
        }
        CandidateReason rejection = !location.active() ? CandidateReason.INACTIVE
                : !location.can(problem.deliveryMethod().requiredCapability()) ? CandidateReason.NOT_CAPABLE
                : !policy.allows(problem.channel(), location.type()) ? CandidateReason.EXCLUDED_BY_RULE : null;
        if (rejection != null) {
            return Plan.nothing(problem.lines(), UnallocationReason.PICKUP_LOCATION_UNAVAILABLE,
                    new Explanation(List.of(rejectedEvaluation(location.id(), rejection, null))));
        }
        ShipmentCosting costing = new ShipmentCosting(policy);
        LocalDate deadline = BusinessCalendar.deadline(problem.orderedAt(), location.timeZone(),
                policy.daysFor(problem.serviceLevel()));
        Map<String, Integer> left = new HashMap<>();
        Map<String, Integer> heldByLine = new HashMap<>();
        problem.holds().stream().filter(h -> h.locationId().equals(location.id()))
                .forEach(h -> heldByLine.merge(h.lineId(), h.quantity(), Integer::sum));
        List<OrderLine> allocated = new ArrayList<>();
        List<UnallocatedLine> unallocated = new ArrayList<>();
        boolean excludedStock = false;
        for (OrderLine line : problem.lines()) {
            int held = Math.min(line.quantity(), heldByLine.getOrDefault(line.lineId(), 0));
            boolean excluded = problem.isExcluded(location.id(), line.lineId());
            int available = excluded ? 0 : left.computeIfAbsent(line.sku(), s -> network.available(location.id(), s));
            excludedStock |= excluded;
            int missing = line.quantity() - held;
            if (missing <= available) {
                left.put(line.sku(), available - missing);
                allocated.add(line);
            } else {
                if (held > 0) {
                    allocated.add(new OrderLine(line.lineId(), line.sku(), held));
                }
                unallocated.add(new UnallocatedLine(line.lineId(), line.sku(), line.quantity() - held,
                        UnallocationReason.NO_STOCK));
            }
        }
        if (allocated.isEmpty()) {
            return new Plan(List.of(), unallocated, Money.ZERO, false, new Explanation(List.of(rejectedEvaluation(
                    location.id(), excludedStock ? CandidateReason.EXCLUDED_FOR_ORDER : CandidateReason.NO_STOCK,
                    null))));
        }
        Double distanceKm = problem.destination() == null ? null
                : ShipmentCosting.roundedKm(location.position().distanceKm(problem.destination()));
        LocalDate ready = BusinessCalendar.shipDate(location, problem.at());
        Shipment shipment = costing.pickup(location, problem.deliveryMethod(), allocated, distanceKm, ready, deadline);
        return new Plan(List.of(shipment), unallocated, costing.total(List.of(shipment), deadline), shipment.late(),
                new Explanation(List.of(new CandidateEvaluation(location.id(), CandidateOutcome.CHOSEN,
                        CandidateReason.PICKUP_LOCATION, shipment.cost().total()))));
    }
}
