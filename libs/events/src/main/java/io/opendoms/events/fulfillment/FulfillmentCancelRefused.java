package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/**
 * Units of an order's cancellation that fulfillment could not cancel: they shipped or were collected, or their
 * location, asked while picking or packing them, refused. The order counts them as not cancelled after all, and its
 * timeline says why ({@code reason}, in words such as "refused by STORE-9: already packed").
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
