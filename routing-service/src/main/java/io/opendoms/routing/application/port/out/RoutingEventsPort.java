package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.RoutingDecision;

/** Publishes decisions to other services, in the caller's transaction. */
public interface RoutingEventsPort {

    /** Asks inventory to reserve the decision's shipments. */
    void orderRouted(RoutingDecision decision);

    /** Sourcing of the order is settled by this decision. */
    void orderAllocated(RoutingDecision decision);
}
