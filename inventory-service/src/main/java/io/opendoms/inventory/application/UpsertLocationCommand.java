package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Capability;
import io.opendoms.inventory.domain.LocationType;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** Create or replace a location; coordinates come from the postal code when both are absent. */
public record UpsertLocationCommand(
        String locationId,
        String name,
        LocationType type,
        String postalCode,
        String country,
        Double latitude,
        Double longitude,
        ZoneId timeZone,
        Set<Capability> capabilities,
        LocalTime cutoffTime,
        Integer dailyCapacity,
        boolean active,
        String wmsPartnerId) {
}
