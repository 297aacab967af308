package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Priced {@code base + perKm × distanceKm}, only from {@code originTypes} and within {@code maxDistanceKm}. */
public record DistanceRatedService(
        String carrier,
        String service,
        BigDecimal base,
        BigDecimal perKm,
        double maxDistanceKm,
        Set<LocationType> originTypes,
        int transitDays) implements CarrierService {

    public DistanceRatedService {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(perKm, "perKm");
        originTypes = Set.copyOf(originTypes);
    }

    @Override
    public Optional<CarrierQuote> quote(LocationType originType, int zone, double distanceKm, BigDecimal billableKg) {
        if (!originTypes.contains(originType) || distanceKm > maxDistanceKm) {
            return Optional.empty();
        }
        BigDecimal price = base.add(perKm.multiply(BigDecimal.valueOf(distanceKm)));
        return Optional.of(new CarrierQuote(carrier, service, Money.cents(price), transitDays));
    }
}
