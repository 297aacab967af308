package io.opendoms.routing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simple sourcing rule. SHIP: the nearest eligible location that ships every line in full; else, line by
 * line, the nearest eligible location with the full line quantity; the rest is unallocated (NO_STOCK).
 * PICKUP/CURBSIDE: only the pickup location. Each shipment gets the cheapest carrier service that meets the
 * deadline.
 */
public final class NearestLocationPlanner implements SourcingPlanner {

    @Override
    public Plan plan(SourcingProblem problem, Network network, RoutingPolicy policy) {
        if (problem.lines().isEmpty()) {
            return Plan.nothing(List.of(), UnallocationReason.NO_STOCK, Explanation.none());
        }
        return problem.deliveryMethod() == DeliveryMethod.SHIP
                ? planShipping(problem, network, policy)
                : planPickup(problem, network, policy);
    }

    private Plan planShipping(SourcingProblem problem, Network network, RoutingPolicy policy) {
        if (problem.destination() == null) {
            return Plan.nothing(problem.lines(), UnallocationReason.UNKNOWN_DESTINATION, Explanation.none());
        }
        ShipmentCosting costing = new ShipmentCosting(policy);
        LocalDate deadline = BusinessCalendar.deadline(problem.orderedAt(), policy.defaultTimeZone(),
                policy.daysFor(problem.serviceLevel()));
        Stock stock = new Stock(network, problem);

        List<CandidateEvaluation> ineligible = new ArrayList<>();
        List<Candidate> eligible = new ArrayList<>();
        network.locations().values().stream().sorted(Comparator.comparing(Location::id)).forEach(location ->
                rejection(location, DeliveryMethod.SHIP, problem.channel(), policy).ifPresentOrElse(
                        reason -> ineligible.add(rejected(location, reason, null)),
                        () -> eligible.add(new Candidate(location, ShipmentCosting.roundedKm(
                                location.position().distanceKm(problem.destination()))))));
        eligible.sort(Comparator.comparingDouble(Candidate::distanceKm).thenComparing(c -> c.location().id()));

        Map<Candidate, List<OrderLine>> assignment = new LinkedHashMap<>();
        List<UnallocatedLine> unallocated = new ArrayList<>();
        Optional<Candidate> single = eligible.stream()
                .filter(c -> stock.canSupplyAll(c.location(), problem.lines())).findFirst();
        if (single.isPresent()) {
            assignment.put(single.get(), problem.lines());
        } else {
            for (OrderLine line : problem.lines()) {
                eligible.stream().filter(c -> stock.canSupply(c.location(), line)).findFirst().ifPresentOrElse(
                        c -> {
                            stock.take(c.location(), line);
                            assignment.computeIfAbsent(c, k -> new ArrayList<>()).add(line);
                        },
                        () -> unallocated.add(UnallocatedLine.of(line, UnallocationReason.NO_STOCK)));
            }
        }

        List<Shipment> shipments = new ArrayList<>();
        List<CandidateEvaluation> evaluations = new ArrayList<>();
        CandidateReason chosenReason = single.isPresent()
                ? CandidateReason.NEAREST_COMPLETE : CandidateReason.NEAREST_FOR_LINES;
        for (Candidate c : eligible) {
            List<OrderLine> lines = assignment.get(c);
            if (lines != null) {
                Shipment s = costing.ship(c.location(), lines, c.distanceKm(), problem.at(), deadline, network);
                shipments.add(s);
                evaluations.add(new CandidateEvaluation(c.location().id(), CandidateOutcome.CHOSEN, chosenReason,
                        s.cost().total()));
            } else if (stock.couldSupplyAll(c.location(), problem.lines())) {
                Shipment alternative = costing.ship(c.location(), problem.lines(), c.distanceKm(), problem.at(),
                        deadline, network);
                evaluations.add(rejected(c.location(), CandidateReason.FARTHER, alternative.cost().total()));
            } else if (stock.couldSupplyAny(c.location(), problem.lines())) {
                evaluations.add(rejected(c.location(), CandidateReason.FARTHER, null));
            } else if (stock.holdsOnlyDcOnlyItems(c.location(), problem.lines())) {
                evaluations.add(rejected(c.location(), CandidateReason.DC_ONLY_ITEMS, null));
            } else {
                evaluations.add(rejected(c.location(), CandidateReason.NO_STOCK, null));
            }
        }
        evaluations.addAll(ineligible);
        return new Plan(shipments, unallocated, costing.total(shipments, deadline),
                shipments.stream().anyMatch(Shipment::late), new Explanation(evaluations));
    }

    private Plan planPickup(SourcingProblem problem, Network network, RoutingPolicy policy) {
        Location location = problem.pickupLocationId() == null
                ? null : network.locations().get(problem.pickupLocationId());
        if (location == null) {
            List<CandidateEvaluation> unknown = problem.pickupLocationId() == null ? List.of()
                    : List.of(new CandidateEvaluation(problem.pickupLocationId(), CandidateOutcome.REJECTED,
                            CandidateReason.UNKNOWN_LOCATION, null));
            return Plan.nothing(problem.lines(), UnallocationReason.PICKUP_LOCATION_UNAVAILABLE,
                    new Explanation(unknown));
        }
        Optional<CandidateReason> rejection = rejection(location, problem.deliveryMethod(), problem.channel(), policy);
        if (rejection.isPresent()) {
            return Plan.nothing(problem.lines(), UnallocationReason.PICKUP_LOCATION_UNAVAILABLE,
                    new Explanation(List.of(rejected(location, rejection.get(), null))));
        }
        ShipmentCosting costing = new ShipmentCosting(policy);
        LocalDate deadline = BusinessCalendar.deadline(problem.orderedAt(), location.timeZone(),
                policy.daysFor(problem.serviceLevel()));
        Stock stock = new Stock(network, problem);
        List<OrderLine> allocated = new ArrayList<>();
        List<UnallocatedLine> unallocated = new ArrayList<>();
        for (OrderLine line : problem.lines()) {
            if (stock.canSupply(location, line)) {
                stock.take(location, line);
                allocated.add(line);
            } else {
                unallocated.add(UnallocatedLine.of(line, UnallocationReason.NO_STOCK));
            }
        }
        if (allocated.isEmpty()) {
            return new Plan(List.of(), unallocated, Money.ZERO, false,
                    new Explanation(List.of(rejected(location, CandidateReason.NO_STOCK, null))));
        }
        Double distanceKm = problem.destination() == null ? null
                : ShipmentCosting.roundedKm(location.position().distanceKm(problem.destination()));
        Shipment shipment = costing.pickup(location, problem.deliveryMethod(), allocated, distanceKm, problem.at(),
                deadline);
        return new Plan(List.of(shipment), unallocated, costing.total(List.of(shipment), deadline), shipment.late(),
                new Explanation(List.of(new CandidateEvaluation(location.id(), CandidateOutcome.CHOSEN,
                        CandidateReason.PICKUP_LOCATION, shipment.cost().total()))));
    }

    private static Optional<CandidateReason> rejection(Location location, DeliveryMethod method, String channel,
                                                       RoutingPolicy policy) {
        if (!location.active()) {
            return Optional.of(CandidateReason.INACTIVE);
        }
        if (!location.can(method.requiredCapability())) {
            return Optional.of(CandidateReason.MISSING_CAPABILITY);
        }
        if (!policy.allows(channel, location.type())) {
            return Optional.of(CandidateReason.EXCLUDED_BY_CHANNEL_RULE);
        }
        return Optional.empty();
    }

    private static CandidateEvaluation rejected(Location location, CandidateReason reason,
                                                BigDecimal cost) {
        return new CandidateEvaluation(location.id(), CandidateOutcome.REJECTED, reason, cost);
    }

    private record Candidate(Location location, double distanceKm) {
    }

    /** Available stock as the plan consumes it; a location/SKU pair the problem excludes has none. */
    private static final class Stock {

        private final Network network;
        private final SourcingProblem problem;
        private final Map<StockKey, Integer> taken = new HashMap<>();

        Stock(Network network, SourcingProblem problem) {
            this.network = network;
            this.problem = problem;
        }

        boolean canSupply(Location location, OrderLine line) {
            return eligibleFor(location, line.sku()) && remaining(location, line.sku()) >= line.quantity();
        }

        boolean canSupplyAll(Location location, List<OrderLine> lines) {
            return quantitiesBySku(lines).entrySet().stream().allMatch(e ->
                    eligibleFor(location, e.getKey()) && remaining(location, e.getKey()) >= e.getValue());
        }

        /** Like {@link #canSupplyAll} but against the stock before this plan took any. */
        boolean couldSupplyAll(Location location, List<OrderLine> lines) {
            return quantitiesBySku(lines).entrySet().stream().allMatch(e ->
                    eligibleFor(location, e.getKey()) && initial(location, e.getKey()) >= e.getValue());
        }

        boolean couldSupplyAny(Location location, List<OrderLine> lines) {
            return lines.stream().anyMatch(l ->
                    eligibleFor(location, l.sku()) && initial(location, l.sku()) >= l.quantity());
        }

        boolean holdsOnlyDcOnlyItems(Location location, List<OrderLine> lines) {
            return !location.type().isWarehouse() && lines.stream().anyMatch(l ->
                    network.item(l.sku()).dcOnly() && initial(location, l.sku()) >= l.quantity());
        }

        void take(Location location, OrderLine line) {
            taken.merge(new StockKey(location.id(), line.sku()), line.quantity(), Integer::sum);
        }

        private boolean eligibleFor(Location location, String sku) {
            return !problem.excluded().contains(new StockKey(location.id(), sku))
                    && (location.type().isWarehouse() || !network.item(sku).dcOnly());
        }

        private int initial(Location location, String sku) {
            return network.available(location.id(), sku);
        }

        private int remaining(Location location, String sku) {
            return initial(location, sku) - taken.getOrDefault(new StockKey(location.id(), sku), 0);
        }

        private static Map<String, Integer> quantitiesBySku(List<OrderLine> lines) {
            Map<String, Integer> bySku = new LinkedHashMap<>();
            lines.forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum));
            return bySku;
        }
    }
}
