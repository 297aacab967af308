package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.UnallocatedLine;
import java.util.List;
import java.util.UUID;

/** Publishes decisions to other services, in the caller's transaction. */
public interface RoutingEventsPort {

    /** Asks inventory to reserve the decision's shipments. */
    /** {@code holdId}: the checkout hold the order names, for inventory to take over (null when none). */
    void orderRouted(RoutingDecision decision, UUID holdId);

    /** The decision is settled; {@code backordered}: every line quantity of the order still waiting for stock. */
    void orderAllocated(RoutingDecision decision, List<UnallocatedLine> backordered);

    /** Of a cancellation, the units sourced (for fulfillment to cancel) and those routing cancelled itself. */
    void unitsCancelled(UUID orderId, UUID cancellationId, List<OrderLine> sourced, List<OrderLine> byRouting);
}
