package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.domain.Shortage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface DecisionPort {

    void save(RoutingDecision decision);

    Optional<RoutingDecision> load(UUID decisionId);

    /** The attempt number of the order's next decision (one more than the highest so far, 1 for none). */
    int nextAttempt(UUID orderId);

    /** Oldest first. */
    List<RoutingDecision> loadForOrder(UUID orderId);

    /** RESERVING → ALLOCATED, only if the decision of that order is still RESERVING; false otherwise. */
    boolean markAllocated(UUID orderId, UUID decisionId);

    /** RESERVING → RESERVATION_FAILED with the shortages, only if still RESERVING; false otherwise. */
    boolean markReservationFailed(UUID orderId, UUID decisionId, List<Shortage> shortages);
}
