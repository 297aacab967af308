package io.opendoms.routing.application.port.out;

import io.opendoms.routing.engine.SourcingProblem;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Locations never to source a line of an order from again: they rejected, short-picked or lost (shortage) it. */
public interface ExclusionPort {

    void exclude(UUID orderId, String locationId, Collection<String> lineIds, String reason, Instant at);

    Set<SourcingProblem.Exclusion> forOrder(UUID orderId);
}
