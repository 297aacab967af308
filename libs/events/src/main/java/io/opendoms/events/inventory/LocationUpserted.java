package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;
import java.util.List;

/**
 * A stock location was created or replaced. Times are local to {@code timeZone}. {@code wmsPartnerId} names the
 * webhook partner (WMS or store system) that reports on its fulfillments; {@code null} for the default partner
 * (added 2026-12; older events carry none).
 */
public record LocationUpserted(
        String locationId,
        String name,
        String type,
        String postalCode,
        String country,
        double latitude,
        double longitude,
        String timeZone,
        List<String> capabilities,
        String cutoffTime,
        Integer dailyCapacity,
        boolean active,
        String wmsPartnerId) implements EventPayload {

    @Override
    public String eventKey() {
        return locationId;
    }
}
