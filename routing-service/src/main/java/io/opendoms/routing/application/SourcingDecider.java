package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.BackorderPort;
import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.application.port.out.ExclusionPort;
import io.opendoms.routing.application.port.out.HoldViewPort;
import io.opendoms.routing.application.port.out.LoadNetworkPort;
import io.opendoms.routing.application.port.out.LocatePostalCodePort;
import io.opendoms.routing.application.port.out.RoutingEventsPort;
import io.opendoms.routing.domain.DecisionInputs;
import io.opendoms.routing.domain.DecisionTrigger;
import io.opendoms.routing.domain.HeldUnits;
import io.opendoms.routing.domain.RoutingConfig;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.domain.ShipTo;
import io.opendoms.routing.domain.SourcingRequest;
import io.opendoms.routing.engine.Explanation;
import io.opendoms.routing.engine.GeoPoint;
import io.opendoms.routing.engine.Network;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.SourcingPlanner;
import io.opendoms.routing.engine.SourcingProblem;
import io.opendoms.routing.engine.StockKey;
import io.opendoms.routing.engine.UnallocationReason;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Plans against the current network view, and records and publishes decisions. */
@Component
class SourcingDecider {

    private final SourcingPlanner planner;
    private final RoutingConfigService configs;
    private final DailyCapacity capacity;
    private final LoadNetworkPort network;
    private final LocatePostalCodePort postalCodes;
    private final DecisionPort decisions;
    private final RoutingEventsPort events;
    private final HoldViewPort holds;
    private final BackorderPort backorders;
    private final ExclusionPort exclusions;
    private final OrderCancellations cancellations;
    private final Clock clock;

    SourcingDecider(SourcingPlanner planner, RoutingConfigService configs, DailyCapacity capacity,
                    LoadNetworkPort network, LocatePostalCodePort postalCodes, DecisionPort decisions,
                    RoutingEventsPort events, HoldViewPort holds, BackorderPort backorders, ExclusionPort exclusions,
                    OrderCancellations cancellations, Clock clock) {
        this.cancellations = cancellations;
        this.backorders = backorders;
        this.exclusions = exclusions;
        this.holds = holds;
        this.planner = planner;
        this.configs = configs;
        this.capacity = capacity;
        this.network = network;
        this.postalCodes = postalCodes;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    /** Plans against the current network view, its explanation complete (a what-if); no side effects. */
    Plan explain(SourcingProblem problem) {
        RoutingConfig config = configs.current();
        Network snapshot = network.loadFor(problem.lines().stream().map(OrderLine::sku).distinct().toList());
        return planner.explain(capacity.withUsed(problem, snapshot), snapshot, config.policy());
    }

    /** A plan and what it was planned from. */
    record Planned(Plan plan, DecisionInputs inputs) {
    }

    /**
     * Plans under the configuration in force, with the capacity its candidates have used. The explanation is not
     * priced: decisions are read far less often than they are made, and reading one prices it from these inputs
     * ({@link DecisionExplanations}, ADR 0012).
     */
    private Planned planned(SourcingProblem problem) {
        RoutingConfig config = configs.current();
        Network snapshot = network.loadFor(problem.lines().stream().map(OrderLine::sku).distinct().toList());
        SourcingProblem withCapacity = capacity.withUsed(problem, snapshot);
        return new Planned(planner.plan(withCapacity, snapshot, config.policy()),
                DecisionInputs.of(withCapacity, snapshot, config.version()));
    }

    /**
     * Plans {@code scope} (line quantities of the request) now, stores the decision and publishes it: routed, or
     * settled when nothing ships. {@code excluded}: stock rows that failed to reserve for this order (never asked
     * again for any line of that SKU); locations that handed a line back are never asked for it again either.
     */
    RoutingDecision decide(SourcingRequest request, List<OrderLine> scope, DecisionTrigger trigger, int tries,
                           Set<StockKey> excluded) {
        return decide(request, scope, trigger, tries, plan(request, scope, excluded));
    }

    /**
     * Like {@link #decide(SourcingRequest, List, DecisionTrigger, int, Set)} with a plan made already (its plan may
     * leave out what it did not source of its problem: the inputs are kept as planned).
     */
    RoutingDecision decide(SourcingRequest request, List<OrderLine> scope, DecisionTrigger trigger, int tries,
                           Planned planned) {
        return record(request, RoutingDecision.decide(UUID.randomUUID(), request.orderId(), trigger,
                decisions.nextAttempt(request.orderId()), tries, scopeOf(request, scope), planned.plan(),
                clock.instant()), planned.inputs());
    }

    /** The first decision of an order: all its lines. */
    RoutingDecision decideOrder(SourcingRequest request) {
        return decide(request, request.lines(), DecisionTrigger.ORDER_RECEIVED, 1, Set.of());
    }

    /** Plans {@code scope} of the request now, without storing or publishing anything. */
    Planned plan(SourcingRequest request, List<OrderLine> scope, Set<StockKey> excluded) {
        Instant now = clock.instant();
        Instant orderedAt = request.receivedAt() == null ? now : request.receivedAt();
        Set<String> lineIds = scope.stream().map(OrderLine::lineId).collect(Collectors.toSet());
        Set<SourcingProblem.Exclusion> exclusions = new HashSet<>();
        for (OrderLine line : scope) {
            excluded.stream().filter(k -> k.sku().equals(line.sku()))
                    .forEach(k -> exclusions.add(new SourcingProblem.Exclusion(k.locationId(), line.lineId())));
        }
        this.exclusions.forOrder(request.orderId()).stream().filter(e -> lineIds.contains(e.lineId()))
                .forEach(exclusions::add);
        SourcingProblem problem = SourcingProblem.of(scope, request.deliveryMethod(),
                        request.serviceLevel(), request.pickupLocationId(), request.channel(),
                        destinationOf(request.shipTo()), now)
                .withOrderedAt(orderedAt)
                .withExcluded(exclusions)
                .withHolds(heldFor(request, scope, now));
        return planned(problem);
    }

    /** The scope as stored: empty when it is the whole request as asked. */
    private static List<OrderLine> scopeOf(SourcingRequest request, List<OrderLine> scope) {
        return scope.equals(request.lines()) ? List.of() : scope;
    }

    /**
     * The units the order's checkout hold keeps, as the engine takes them: per order line of the held SKU, in line
     * order, at the held location. They are the order's on top of what is available there, and sourced there first.
     */
    private List<SourcingProblem.Hold> heldFor(SourcingRequest request, List<OrderLine> scope, Instant now) {
        if (request.reservationId() == null) {
            return List.of();
        }
        List<SourcingProblem.Hold> held = new ArrayList<>();
        for (HeldUnits units : holds.held(request.reservationId(), now)) {
            int left = units.quantity();
            for (OrderLine line : scope) {
                if (left > 0 && line.sku().equals(units.sku())) {
                    int taken = Math.min(left, line.quantity() - heldAlready(held, line.lineId()));
                    if (taken > 0) {
                        held.add(new SourcingProblem.Hold(units.locationId(), line.lineId(), taken));
                        left -= taken;
                    }
                }
            }
        }
        return held;
    }

    private static int heldAlready(List<SourcingProblem.Hold> held, String lineId) {
        return held.stream().filter(h -> h.lineId().equals(lineId)).mapToInt(SourcingProblem.Hold::quantity).sum();
    }

    /** Settles {@code scope} of the order with every line unallocated: it could not be reserved often enough. */
    RoutingDecision giveUp(SourcingRequest request, List<OrderLine> scope, DecisionTrigger trigger, int tries) {
        Plan nothing = Plan.nothing(scope, UnallocationReason.NO_STOCK, Explanation.none());
        return record(request, RoutingDecision.decide(UUID.randomUUID(), request.orderId(), trigger,
                decisions.nextAttempt(request.orderId()), tries, scopeOf(request, scope), nothing, clock.instant()),
                null);
    }

    private RoutingDecision record(SourcingRequest request, RoutingDecision decision, DecisionInputs inputs) {
        decisions.save(decision, inputs == null ? null : inputs.configVersion());
        capacity.use(decision);
        if (inputs != null) {
            decisions.saveInputs(decision.decisionId(), inputs);
        }
        if (decision.isSettled()) {
            settled(decision);
        } else {
            events.orderRouted(decision, request.reservationId());
        }
        return decision;
    }

    /**
     * A decision is settled (reserved, or nothing to reserve): what it left unallocated joins the order's
     * backorders, and the allocation is published with the order's whole backorder.
     */
    void settled(RoutingDecision decision) {
        backorders.add(decision.orderId(), decision.plan().unallocated(), clock.instant());
        events.orderAllocated(decision, backorders.forOrder(decision.orderId()));
        cancellations.applyIfSettled(decision.orderId());
    }

    /** The ship-to coordinates when given, else its postal code's centroid (exact or by prefix); null when unknown. */
    GeoPoint destinationOf(ShipTo shipTo) {
        if (shipTo == null) {
            return null;
        }
        if (shipTo.hasCoordinates()) {
            return new GeoPoint(shipTo.latitude(), shipTo.longitude());
        }
        return shipTo.postalCode() == null ? null
                : postalCodes.locate(shipTo.country(), shipTo.postalCode()).orElse(null);
    }
}
