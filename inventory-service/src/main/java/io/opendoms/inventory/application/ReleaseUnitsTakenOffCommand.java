package io.opendoms.inventory.application;

import java.util.List;
import java.util.UUID;

/**
 * Units taken off a fulfillment order of an order: their reservation at the location is released. {@code reason}
 * REJECTED or SHORT_PICKED (the location will not fulfil them, {@code fulfillment.unfilled}; a SHORTAGE was released
 * by inventory itself, and is not released twice) or CANCELLED (the order cancelled them before picking, or a pickup
 * was not collected in time, {@code fulfillment.cancelled}).
 */
public record ReleaseUnitsTakenOffCommand(UUID orderId, UUID fulfillmentId, String locationId, String reason,
                                     List<Line> lines) {

    /** The reason of units the order cancelled, or of a pickup nobody collected. */
    public static final String CANCELLED = "CANCELLED";

    public record Line(String lineId, String sku, int quantity) {
    }

    public ReleaseUnitsTakenOffCommand {
        lines = List.copyOf(lines);
    }
}
