package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.DecisionInputs;
import io.opendoms.routing.domain.RoutingDecision;
import java.time.Instant;
import io.opendoms.routing.domain.Shortage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface DecisionPort {

    /** Stores a decision made without a configuration (none is recorded). */
    default void save(RoutingDecision decision) {
        save(decision, null);
    }

    /** Stores a decision with the version of the routing configuration it was planned with (null: none). */
    void save(RoutingDecision decision, Long configVersion);

    Optional<RoutingDecision> load(UUID decisionId);

    /** Keeps what a decision was planned from, to replay it. */
    void saveInputs(UUID decisionId, DecisionInputs inputs);

    Optional<DecisionInputs> loadInputs(UUID decisionId);

    /**
     * Decisions of orders as they arrived (trigger ORDER_RECEIVED, inputs kept) decided in [from, to), oldest first,
     * at most {@code limit}, each with its inputs.
     */
    List<ReplayableDecision> firstDecisions(Instant from, Instant to, int limit);

    record ReplayableDecision(RoutingDecision decision, DecisionInputs inputs) {
    }

    /** The attempt number of the order's next decision (one more than the highest so far, 1 for none). */
    int nextAttempt(UUID orderId);

    /** Oldest first. */
    List<RoutingDecision> loadForOrder(UUID orderId);

    /** Whether a decision of the order waits for inventory to reserve it. */
    boolean hasReserving(UUID orderId);

    /** RESERVING → ALLOCATED, only if the decision of that order is still RESERVING; false otherwise. */
    boolean markAllocated(UUID orderId, UUID decisionId);

    /** RESERVING → RESERVATION_FAILED with the shortages, only if still RESERVING; false otherwise. */
    boolean markReservationFailed(UUID orderId, UUID decisionId, List<Shortage> shortages);
}
