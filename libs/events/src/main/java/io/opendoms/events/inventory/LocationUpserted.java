package io.opendoms.events.inventory;

import io.opendoms.events.EventPayload;
import java.util.List;

/** A stock location was created or replaced. Times are local to {@code timeZone}. */
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
        boolean active) implements EventPayload {

    @Override
    public String eventKey() {
        return locationId;
    }
}
