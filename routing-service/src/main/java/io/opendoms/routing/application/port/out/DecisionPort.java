package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.RoutingDecision;
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

    /** Oldest first. */
    List<RoutingDecision> loadForOrder(UUID orderId);

    /** RESERVING → ALLOCATED, only if the decision of that order is still RESERVING; false otherwise. */
    boolean markAllocated(UUID orderId, UUID decisionId);

    /** RESERVING → RESERVATION_FAILED with the shortages, only if still RESERVING; false otherwise. */
    boolean markReservationFailed(UUID orderId, UUID decisionId, List<Shortage> shortages);
}
