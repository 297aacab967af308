package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.DecisionPort;
import io.opendoms.routing.application.port.out.HoldViewPort;
import io.opendoms.routing.application.port.out.LoadNetworkPort;
import io.opendoms.routing.application.port.out.LocatePostalCodePort;
import io.opendoms.routing.application.port.out.RoutingEventsPort;
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
    private final Clock clock;

    SourcingDecider(SourcingPlanner planner, RoutingConfigService configs, DailyCapacity capacity,
                    LoadNetworkPort network, LocatePostalCodePort postalCodes, DecisionPort decisions,
                    RoutingEventsPort events, HoldViewPort holds, Clock clock) {
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

    /** Plans against the current network view; no side effects. */
    Plan plan(SourcingProblem problem) {
        return plan(problem, configs.current());
    }

    private Plan plan(SourcingProblem problem, RoutingConfig config) {
        Network snapshot = network.loadFor(problem.lines().stream().map(OrderLine::sku).distinct().toList());
        return planner.plan(capacity.withUsed(problem, snapshot), snapshot, config.policy());
    }

    /** Plans the request now, stores the decision and publishes it: routed, or allocated when nothing ships. */
    RoutingDecision decide(SourcingRequest request, DecisionTrigger trigger, int attempt, Set<StockKey> excluded) {
        Instant now = clock.instant();
        Instant orderedAt = request.receivedAt() == null ? now : request.receivedAt();
        // a location that failed to reserve a SKU for this order is not asked again for any line of that SKU
        Set<SourcingProblem.Exclusion> exclusions = request.lines().stream()
                .flatMap(l -> excluded.stream().filter(k -> k.sku().equals(l.sku()))
                        .map(k -> new SourcingProblem.Exclusion(k.locationId(), l.lineId())))
                .collect(Collectors.toSet());
        SourcingProblem problem = SourcingProblem.of(request.lines(), request.deliveryMethod(),
                        request.serviceLevel(), request.pickupLocationId(), request.channel(),
                        destinationOf(request.shipTo()), now)
                .withOrderedAt(orderedAt)
                .withExcluded(exclusions)
                .withHolds(heldFor(request, now));
        RoutingConfig config = configs.current();
        return record(RoutingDecision.decide(UUID.randomUUID(), request.orderId(), trigger, attempt,
                plan(problem, config), now), request.reservationId(), config.version());
    }

    /**
     * The units the order's checkout hold keeps, as the engine takes them: per order line of the held SKU, in line
     * order, at the held location. They are the order's on top of what is available there, and sourced there first.
     */
    private List<SourcingProblem.Hold> heldFor(SourcingRequest request, Instant now) {
        if (request.reservationId() == null) {
            return List.of();
        }
        List<SourcingProblem.Hold> held = new ArrayList<>();
        for (HeldUnits units : holds.held(request.reservationId(), now)) {
            int left = units.quantity();
            for (OrderLine line : request.lines()) {
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

    /** Settles the order with every line unallocated: it could not be reserved often enough. */
    RoutingDecision giveUp(SourcingRequest request, DecisionTrigger trigger, int attempt) {
        Plan nothing = Plan.nothing(request.lines(), UnallocationReason.NO_STOCK, Explanation.none());
        return record(RoutingDecision.decide(UUID.randomUUID(), request.orderId(), trigger, attempt, nothing,
                clock.instant()), request.reservationId(), null);
    }

    private RoutingDecision record(RoutingDecision decision, UUID holdId, Long configVersion) {
        decisions.save(decision, configVersion);
        capacity.use(decision);
        if (decision.isSettled()) {
            events.orderAllocated(decision);
        } else {
            events.orderRouted(decision, holdId);
        }
        return decision;
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
