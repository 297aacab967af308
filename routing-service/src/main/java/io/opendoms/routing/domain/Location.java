package io.opendoms.routing.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Routing's view of a stock location. {@code cutoffTime} is local to {@code timeZone}; without one the location
 * ships the same business day whatever the time.
 */
public record Location(
        String id,
        LocationType type,
        GeoPoint position,
        ZoneId timeZone,
        Set<Capability> capabilities,
        LocalTime cutoffTime,
        Integer dailyCapacity,
        boolean active) {

    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(timeZone, "timeZone");
        capabilities = Set.copyOf(capabilities);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
