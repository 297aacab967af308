package io.opendoms.routing.domain;

import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.engine.Shipment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One sourcing decision for an order. The first is taken when the order arrives; each failed reservation leads
 * to a new one with the next {@code attempt}. {@code shortages} are what inventory reported when it could not
 * reserve this decision.
 */
public record RoutingDecision(
        UUID decisionId,
        UUID orderId,
        DecisionTrigger trigger,
        int attempt,
        DecisionStatus status,
        Plan plan,
        Instant decidedAt,
        List<Shortage> shortages) {

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
    }

    /**
     * A new decision for a plan: it waits for the reservation of its shipments, or is settled at once when it has
     * none. Shipments get ids stable within the decision.
     */
    public static RoutingDecision decide(UUID decisionId, UUID orderId, DecisionTrigger trigger, int attempt,
                                         Plan plan, Instant decidedAt) {
        DecisionStatus status = plan.shipsAnything() ? DecisionStatus.RESERVING : DecisionStatus.ALLOCATED;
        return new RoutingDecision(decisionId, orderId, trigger, attempt, status,
                numbered(plan, decisionId), decidedAt, List.of());
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
