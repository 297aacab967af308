package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.Capability;
import io.opendoms.inventory.domain.LocationType;
import java.util.List;

public record LocationResponse(
        String locationId,
        String name,
        LocationType type,
        String postalCode,
        String country,
        double latitude,
        double longitude,
        String timeZone,
        List<Capability> capabilities,
        String cutoffTime,
        Integer dailyCapacity,
        boolean active,
        String wmsPartnerId) {
}
