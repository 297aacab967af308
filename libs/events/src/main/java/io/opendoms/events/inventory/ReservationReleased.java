package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;
import java.util.List;
import java.util.UUID;

/**
 * Inventory released units it had reserved for an order's routing decision without the order asking: on hand fell
 * below what was reserved ({@code reason} SHORTAGE), so the newest reservations gave up what is no longer on the
 * shelf. Routing may source those line quantities again.
 */
public record ReservationReleased(UUID orderId, UUID decisionId, String reason, List<Line> lines)
        implements EventPayload {

    public static final String SHORTAGE = "SHORTAGE";

    public record Line(String lineId, String locationId, String sku, int quantity) {
    }

    @Override
    public String eventKey() {
        return orderId.toString();
    }
}
