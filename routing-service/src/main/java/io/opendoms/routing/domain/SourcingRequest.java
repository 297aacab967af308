package io.opendoms.routing.domain;

import io.opendoms.routing.engine.DeliveryMethod;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.ServiceLevel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an order asks routing to source; kept so that routing can re-plan it. {@code reservationId}: the checkout
 * hold the order was placed with, null when none.
 */
public record SourcingRequest(
        UUID orderId,
        String channel,
        DeliveryMethod deliveryMethod,
        ServiceLevel serviceLevel,
        String pickupLocationId,
        ShipTo shipTo,
        List<OrderLine> lines,
        Instant receivedAt,
        UUID reservationId) {

    public SourcingRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(deliveryMethod, "deliveryMethod");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        lines = List.copyOf(lines);
    }
}
