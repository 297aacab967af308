package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/**
 * Units of an order's cancellation that fulfillment could not cancel: they are being picked, packed or have
 * shipped. The order counts them as not cancelled after all, and its timeline says why.
 */
public record FulfillmentCancelRefused(
        UUID orderId,
        UUID cancellationId,
        List<FulfillmentLine> lines,
        String reason) implements EventPayload {

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
