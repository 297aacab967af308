package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cost model and rules of routing (the configuration document of the routing spec). {@link #defaults()} holds
 * the documented default numbers.
 */
public record RoutingPolicy(
        List<Double> zonesKm,
        List<CarrierService> services,
        Map<LocationType, Handling> handling,
        Map<ServiceLevel, Integer> serviceLevelDays,
        BigDecimal splitPenalty,
        int maxShipments,
        boolean allowLineSplit,
        BigDecimal latePenaltyPerDay,
        ZoneId defaultTimeZone,
        Map<String, ChannelRule> channelRules) {

    public static final int ZONES = 8;

    public RoutingPolicy {
        // lenient on purpose: validate() names every bad key of a configuration document at once
        zonesKm = List.copyOf(zonesKm);
        services = List.copyOf(services);
        handling = Map.copyOf(handling);
        serviceLevelDays = Map.copyOf(serviceLevelDays);
        Objects.requireNonNull(splitPenalty, "splitPenalty");
        Objects.requireNonNull(latePenaltyPerDay, "latePenaltyPerDay");
        Objects.requireNonNull(defaultTimeZone, "defaultTimeZone");
        channelRules = Map.copyOf(channelRules);
    }

    /** Zone 1..8: the first zone whose upper bound the distance does not exceed, 8 beyond the last bound. */
    public int zone(double distanceKm) {
        for (int i = 0; i < zonesKm.size(); i++) {
            if (distanceKm <= zonesKm.get(i)) {
                return i + 1;
            }
        }
        return ZONES;
    }

    public int daysFor(ServiceLevel level) {
        Integer days = serviceLevelDays.get(level);
        if (days == null) {
            throw new IllegalStateException("No delivery days configured for service level " + level);
        }
        return days;
    }

    public Handling handlingFor(LocationType type) {
        Handling h = handling.get(type);
        if (h == null) {
            throw new IllegalStateException("No handling cost configured for location type " + type);
        }
        return h;
    }

    /** The location's own handling cost when it overrides its type's. */
    public Handling handlingFor(Location location) {
        return location.handling() != null ? location.handling() : handlingFor(location.type());
    }

    /** Every problem of this configuration document, keyed by the document's JSON path; empty when it is valid. */
    public List<ConfigError> validate() {
        return ConfigValidation.validate(this);
    }

    /** A bad key of a configuration document and what is wrong with it. */
    public record ConfigError(String key, String message) {
    }

    /** Whether a channel may source from this type of location (a channel without a rule may use any). */
    public boolean allows(String channel, LocationType type) {
        ChannelRule rule = channel == null ? null : channelRules.get(channel);
        return rule == null || rule.allowedLocationTypes().contains(type);
    }

    public record Handling(BigDecimal perShipment, BigDecimal perUnit) {

        public BigDecimal cost(int units) {
            return Money.cents(perShipment.add(perUnit.multiply(BigDecimal.valueOf(units))));
        }
    }

    public record ChannelRule(Set<LocationType> allowedLocationTypes) {

        public ChannelRule {
            allowedLocationTypes = Set.copyOf(allowedLocationTypes);
        }
    }

    public static RoutingPolicy defaults() {
        Map<LocationType, Handling> handling = new EnumMap<>(LocationType.class);
        handling.put(LocationType.DISTRIBUTION_CENTER, new Handling(dec("1.50"), dec("0.25")));
        handling.put(LocationType.THIRD_PARTY_LOGISTICS, new Handling(dec("2.00"), dec("0.35")));
        handling.put(LocationType.DARK_STORE, new Handling(dec("2.50"), dec("0.40")));
        handling.put(LocationType.STORE, new Handling(dec("3.00"), dec("0.60")));
        Map<ServiceLevel, Integer> days = new EnumMap<>(ServiceLevel.class);
        days.put(ServiceLevel.STANDARD, 5);
        days.put(ServiceLevel.EXPRESS, 2);
        days.put(ServiceLevel.NEXT_DAY, 1);
        days.put(ServiceLevel.SAME_DAY, 0);
        return new RoutingPolicy(
                List.of(80.0, 240.0, 480.0, 970.0, 1610.0, 2250.0, 2900.0),
                List.of(
                        zoned("PARCEL_A", "GROUND",
                                "6.00 6.40 6.90 7.60 8.50 9.40 10.30 11.20",
                                "0.50 0.60 0.75 0.95 1.20 1.45 1.70 2.00", "1 2 2 3 4 4 5 5"),
                        zoned("PARCEL_B", "GROUND",
                                "5.50 6.10 6.90 7.90 9.00 10.20 11.40 12.60",
                                "0.45 0.55 0.75 1.00 1.30 1.60 1.90 2.20", "1 1 2 3 3 4 5 6"),
                        zoned("PARCEL_A", "EXPRESS",
                                "12 13 15 18 21 24 27 30",
                                "1.00 1.10 1.30 1.60 1.90 2.20 2.50 2.80", "1 1 2 2 2 2 2 2"),
                        zoned("AIR_X", "OVERNIGHT",
                                "25 27 30 34 38 42 46 50",
                                "2.00 2.20 2.50 2.90 3.30 3.70 4.10 4.50", "1 1 1 1 1 1 1 1"),
                        new DistanceRatedService("COURIER", "SAME_DAY", dec("9.00"), dec("0.30"), 40.0,
                                Set.of(LocationType.STORE, LocationType.DARK_STORE), 0)),
                handling,
                days,
                dec("0"),
                3,
                true,
                dec("15.00"),
                ZoneId.of("America/Chicago"),
                Map.of());
    }

    private static ZoneRatedService zoned(String carrier, String service, String base, String perKg, String days) {
        return new ZoneRatedService(carrier, service, decimals(base), decimals(perKg),
                Arrays.stream(days.split(" ")).map(Integer::valueOf).toList());
    }

    private static List<BigDecimal> decimals(String values) {
        return Arrays.stream(values.split(" ")).map(BigDecimal::new).toList();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
