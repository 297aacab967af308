package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Priced {@code base[zone] + perKg[zone] × billableKg}; the lists are indexed by zone 1..8. */
public record ZoneRatedService(
        String carrier,
        String service,
        List<BigDecimal> baseByZone,
        List<BigDecimal> perKgByZone,
        List<Integer> transitDaysByZone) implements CarrierService {

    public ZoneRatedService {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(service, "service");
        baseByZone = List.copyOf(baseByZone);
        perKgByZone = List.copyOf(perKgByZone);
        transitDaysByZone = List.copyOf(transitDaysByZone);
    }

    @Override
    public Optional<CarrierQuote> quote(LocationType originType, int zone, double distanceKm, BigDecimal billableKg) {
        BigDecimal price = baseByZone.get(zone - 1).add(perKgByZone.get(zone - 1).multiply(billableKg));
        return Optional.of(new CarrierQuote(carrier, service, Money.cents(price), transitDaysByZone.get(zone - 1)));
    }
}
