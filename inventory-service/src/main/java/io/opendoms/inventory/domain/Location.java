package io.opendoms.inventory.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A stock location. {@code cutoffTime} is local to {@code timeZone}. {@code wmsPartnerId} names the webhook
 * partner (WMS or store system) that reports on its fulfillments and returns; {@code null}: the default one.
 */
public record Location(
        String id,
        String name,
        LocationType type,
        String postalCode,
        String country,
        GeoPoint coordinates,
        ZoneId timeZone,
        Set<Capability> capabilities,
        LocalTime cutoffTime,
        Integer dailyCapacity,
        boolean active,
        String wmsPartnerId) {

    public Location {
        ExternalIds.require(id, "locationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(cutoffTime, "cutoffTime");
        if (dailyCapacity != null && dailyCapacity < 0) {
            throw new IllegalArgumentException("dailyCapacity must not be negative");
        }
        capabilities = capabilities == null || capabilities.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Capability.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }
}
