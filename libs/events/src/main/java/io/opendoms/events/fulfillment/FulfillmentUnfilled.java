package io.opendoms.events.fulfillment;

import io.opendoms.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A location will not fulfil some units of a fulfillment order after all; they have been taken off it, and routing
 * sources them again elsewhere (never from {@code locationId} for those lines of this order).
 *
 * <p>{@code reason}: {@link #REJECTED} (the location refused the whole fulfillment order), {@link #SHORT_PICKED}
 * (it picked less than asked: {@code lines} are the units it did not pick) or {@link #SHORTAGE} (inventory released
 * the units' reservation because on hand fell below reserved, and the fulfillment order was not being picked yet).
 * Inventory releases the reservation of the units for REJECTED and SHORT_PICKED (for SHORTAGE it already has).
 * {@code detail} is the location's words, if any.
 */
public record FulfillmentUnfilled(
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        String reason,
        List<FulfillmentLine> lines,
        String detail,
        Instant occurredAt) implements EventPayload {

    public static final String REJECTED = "REJECTED";
    public static final String SHORT_PICKED = "SHORT_PICKED";
    public static final String SHORTAGE = "SHORTAGE";

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
