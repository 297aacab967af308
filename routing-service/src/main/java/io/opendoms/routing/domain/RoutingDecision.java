package io.opendoms.routing.domain;

import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.Shipment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One sourcing decision for an order. The first is taken when the order arrives; each failed reservation leads
 * to a new one; units a location hands back and backordered units that stock arrived for lead to more.
 * {@code attempt} numbers the order's decisions; {@code scope} is what this decision sources (empty: every line of
 * the order as it was asked for); {@code tries} counts the decisions of one trigger for the same scope (a failed
 * reservation re-plans it with one more). {@code shortages} are what inventory reported when it could not reserve
 * this decision.
 */
public record RoutingDecision(
        UUID decisionId,
        UUID orderId,
        DecisionTrigger trigger,
        int attempt,
        DecisionStatus status,
        Plan plan,
        Instant decidedAt,
        List<Shortage> shortages,
        List<OrderLine> scope,
        int tries) {

    /** Decisions inventory may fail to reserve before routing gives up and leaves the order unallocated. */
    public static final int MAX_ATTEMPTS = 3;

    public RoutingDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(decidedAt, "decidedAt");
        shortages = shortages == null ? List.of() : List.copyOf(shortages);
        scope = scope == null ? List.of() : List.copyOf(scope);
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be positive: " + tries);
        }
    }

    /**
     * A new decision for a plan: it waits for the reservation of its shipments, or is settled at once when it has
     * none. Shipments get ids stable within the decision.
     */
    public static RoutingDecision decide(UUID decisionId, UUID orderId, DecisionTrigger trigger, int attempt,
                                         int tries, List<OrderLine> scope, Plan plan, Instant decidedAt) {
        DecisionStatus status = plan.shipsAnything() ? DecisionStatus.RESERVING : DecisionStatus.ALLOCATED;
        return new RoutingDecision(decisionId, orderId, trigger, attempt, status,
                numbered(plan, decisionId), decidedAt, List.of(), scope, tries);
    }

    /** The first decision of an order, for all its lines. */
    public static RoutingDecision decide(UUID decisionId, UUID orderId, DecisionTrigger trigger, int attempt,
                                         Plan plan, Instant decidedAt) {
        return decide(decisionId, orderId, trigger, attempt, 1, List.of(), plan, decidedAt);
    }

    /** The lines this decision sources: its scope, or the order's lines when it sources the whole order. */
    public List<OrderLine> scopeOr(List<OrderLine> orderLines) {
        return scope.isEmpty() ? orderLines : scope;
    }

    public boolean isSettled() {
        return status == DecisionStatus.ALLOCATED;
    }

    private static Plan numbered(Plan plan, UUID decisionId) {
        List<Shipment> shipments = new ArrayList<>();
        for (Shipment s : plan.shipments()) {
            shipments.add(new Shipment(decisionId + "-" + (shipments.size() + 1), s.locationId(), s.fulfillmentType(),
                    s.lines(), s.carrier(), s.service(), s.distanceKm(), s.zone(), s.billableKg(), s.shipDate(), s.promisedDeliveryDate(),
                    s.cost(), s.late()));
        }
        return new Plan(shipments, plan.unallocated(), plan.totalCost(), plan.late(), plan.explanation());
    }
}
