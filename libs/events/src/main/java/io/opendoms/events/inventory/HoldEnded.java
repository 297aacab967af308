package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;
import java.util.UUID;

/**
 * A checkout hold ended, and why: RELEASED by its client, EXPIRED at its TTL, CONVERTED into the reservation of
 * order {@code orderId} (null otherwise), or cut to nothing by a SHORTAGE (a count or adjustment left on hand below
 * what was reserved). Whatever the hold still reserved was released in the same transaction, except what became
 * the order's reservation.
 */
public record HoldEnded(UUID holdId, String reason, UUID orderId) implements EventPayload {

    public static final String RELEASED = "RELEASED";
    public static final String EXPIRED = "EXPIRED";
    public static final String CONVERTED = "CONVERTED";
    public static final String SHORTAGE = "SHORTAGE";

    @Override
    public String eventKey() {
        return holdId.toString();
    }
}
