package io.opendoms.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question for a {@link SourcingPlanner}: source these lines for this destination.
 *
 * @param destination coordinates of the ship-to address, {@code null} when unknown
 * @param orderedAt   when the customer ordered: the delivery deadline counts from its date
 * @param at          the instant the plan is made as of: ship dates and cut-offs count from it
 * @param excluded    location/SKU pairs not to source from (they just failed to reserve for this order)
 */
public record SourcingProblem(
        List<OrderLine> lines,
        DeliveryMethod deliveryMethod,
        ServiceLevel serviceLevel,
        String pickupLocationId,
        String channel,
        GeoPoint destination,
        Instant orderedAt,
        Instant at,
        Set<StockKey> excluded) {

    public SourcingProblem {
        lines = List.copyOf(lines);
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(at, "at");
        excluded = Set.copyOf(excluded);
    }
}
