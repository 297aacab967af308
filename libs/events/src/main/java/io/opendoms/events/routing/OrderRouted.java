package io.opendoms.events.routing;

import io.opendoms.events.Default;
import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/**
 * Routing chose locations for an order and asks inventory to reserve them. {@code trigger} says why the
 * decision was taken (ORDER_RECEIVED, RESERVATION_FAILED, ...); {@code attempt} counts decisions for the order.
 * {@code reservationId} names the checkout hold the order was placed with (added 2026-12; null when none, and in
 * older events): inventory turns the held units at the planned locations into the order's reservation.
 */
public record OrderRouted(
        UUID orderId,
        UUID decisionId,
        String trigger,
        int attempt,
        List<PlannedShipment> shipments,
        List<UnallocatedLine> unallocated,
        UUID reservationId) implements EventPayload {

    /** A decision for an order placed without a checkout hold; what mappers use (see {@link Default}). */
    @Default
    public OrderRouted(UUID orderId, UUID decisionId, String trigger, int attempt, List<PlannedShipment> shipments,
                       List<UnallocatedLine> unallocated) {
        this(orderId, decisionId, trigger, attempt, shipments, unallocated, null);
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
