package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.RoutingDecision;
import java.util.UUID;

/** Publishes decisions to other services, in the caller's transaction. */
public interface RoutingEventsPort {

    /** Asks inventory to reserve the decision's shipments. */
    /** {@code holdId}: the checkout hold the order names, for inventory to take over (null when none). */
    void orderRouted(RoutingDecision decision, UUID holdId);

    /** Sourcing of the order is settled by this decision. */
    void orderAllocated(RoutingDecision decision);
}
