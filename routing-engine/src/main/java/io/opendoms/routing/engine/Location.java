package io.opendoms.routing.engine;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Routing's view of a stock location. {@code cutoffTime} is local to {@code timeZone}; without one the location
 * ships the same business day whatever the time. {@code dailyCapacity} counts fulfillments per ship date (none:
 * unlimited). {@code handling} overrides the handling cost of its type ({@code null}: the type's).
 */
public record Location(
        String id,
        LocationType type,
        GeoPoint position,
        ZoneId timeZone,
        Set<Capability> capabilities,
        LocalTime cutoffTime,
        Integer dailyCapacity,
        boolean active,
        RoutingPolicy.Handling handling) {

    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(timeZone, "timeZone");
        capabilities = Set.copyOf(capabilities);
    }

    public Location(String id, LocationType type, GeoPoint position, ZoneId timeZone, Set<Capability> capabilities,
                    LocalTime cutoffTime, Integer dailyCapacity, boolean active) {
        this(id, type, position, timeZone, capabilities, cutoffTime, dailyCapacity, active, null);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
