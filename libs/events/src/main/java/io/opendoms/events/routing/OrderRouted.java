package io.opendoms.events.routing;

import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/**
 * Routing chose locations for an order and asks inventory to reserve them. {@code trigger} says why the
 * decision was taken (ORDER_RECEIVED, RESERVATION_FAILED, ...); {@code attempt} counts decisions for the order.
 */
public record OrderRouted(
        UUID orderId,
        UUID decisionId,
        String trigger,
        int attempt,
        List<PlannedShipment> shipments,
        List<UnallocatedLine> unallocated) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
