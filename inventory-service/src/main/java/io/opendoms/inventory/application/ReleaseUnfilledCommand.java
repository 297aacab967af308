package io.opendoms.inventory.application;

import java.util.List;
import java.util.UUID;

/**
 * Units of an order a location will not fulfil ({@code fulfillment.unfilled}): their reservation there is released.
 * {@code reason} REJECTED or SHORT_PICKED (a SHORTAGE was released by inventory itself, and is not released twice).
 */
public record ReleaseUnfilledCommand(UUID orderId, UUID fulfillmentId, String locationId, String reason,
                                     List<Line> lines) {

    public record Line(String lineId, String sku, int quantity) {
    }

    public ReleaseUnfilledCommand {
        lines = List.copyOf(lines);
    }
}
