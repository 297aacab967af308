package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of {@link RoutingPolicy#validate()}. Money has at most four decimals and is never negative, so that
 * the engine prices in exact integer arithmetic; keys are JSON paths of the configuration document.
 */
final class ConfigValidation {

    /** Shipments per order beyond which a plan would be a split no one wants; also bounds the search. */
    static final int MAX_SHIPMENTS_LIMIT = 10;
    private static final int MAX_SCALE = 4;

    private final List<RoutingPolicy.ConfigError> errors = new ArrayList<>();

    static List<RoutingPolicy.ConfigError> validate(RoutingPolicy p) {
        ConfigValidation v = new ConfigValidation();
        v.zones(p.zonesKm());
        v.services(p.services());
        for (LocationType type : LocationType.values()) {
            RoutingPolicy.Handling h = p.handling().get(type);
            if (h == null) {
                v.error("handling." + type, "missing");
            } else {
                v.money("handling." + type + ".perShipment", h.perShipment());
                v.money("handling." + type + ".perUnit", h.perUnit());
            }
        }
        for (ServiceLevel level : ServiceLevel.values()) {
            Integer days = p.serviceLevelDays().get(level);
            if (days == null || days < 0 || days > 60) {
                v.error("serviceLevelDays." + level, "must be 0 to 60 business days");
            }
        }
        v.money("splitPenalty", p.splitPenalty());
        v.money("latePenaltyPerDay", p.latePenaltyPerDay());
        if (p.maxShipments() < 1 || p.maxShipments() > MAX_SHIPMENTS_LIMIT) {
            v.error("maxShipments", "must be 1 to " + MAX_SHIPMENTS_LIMIT);
        }
        p.channelRules().forEach((channel, rule) -> {
            if (rule == null || rule.allowedLocationTypes().isEmpty()) {
                v.error("channelRules." + channel + ".allowedLocationTypes", "must name at least one location type");
            }
        });
        return List.copyOf(v.errors);
    }

    private void zones(List<Double> zonesKm) {
        if (zonesKm.size() != RoutingPolicy.ZONES - 1) {
            error("zonesKm", "needs " + (RoutingPolicy.ZONES - 1) + " upper bounds, of zones 1.."
                    + (RoutingPolicy.ZONES - 1));
            return;
        }
        double previous = 0;
        for (int i = 0; i < zonesKm.size(); i++) {
            Double km = zonesKm.get(i);
            if (km == null || !(km > previous) || km.isInfinite()) {
                error("zonesKm[" + i + "]", "must be positive and larger than the bound before it");
                return;
            }
            previous = km;
        }
    }

    private void services(List<CarrierService> services) {
        if (services.isEmpty()) {
            error("services", "needs at least one carrier service");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            String key = "services[" + i + "]";
            CarrierService s = services.get(i);
            if (s.carrier().isBlank() || s.service().isBlank()) {
                error(key, "needs a carrier and a service name");
            }
            if (!names.add(s.carrier() + " " + s.service())) {
                error(key, "repeats " + s.carrier() + " " + s.service());
            }
            switch (s) {
                case ZoneRatedService z -> {
                    zoneList(key + ".baseByZone", z.baseByZone());
                    zoneList(key + ".perKgByZone", z.perKgByZone());
                    if (z.transitDaysByZone().size() != RoutingPolicy.ZONES) {
                        error(key + ".transitDaysByZone", "needs one value per zone 1.." + RoutingPolicy.ZONES);
                    } else {
                        for (int zone = 0; zone < RoutingPolicy.ZONES; zone++) {
                            Integer days = z.transitDaysByZone().get(zone);
                            if (days == null || days < 0 || days > 60) {
                                error(key + ".transitDaysByZone[" + zone + "]", "must be 0 to 60 business days");
                            }
                        }
                    }
                }
                case DistanceRatedService d -> {
                    money(key + ".base", d.base());
                    money(key + ".perKm", d.perKm());
                    if (!(d.maxDistanceKm() > 0)) {
                        error(key + ".maxDistanceKm", "must be positive");
                    }
                    if (d.originTypes().isEmpty()) {
                        error(key + ".originTypes", "must name at least one location type");
                    }
                    if (d.transitDays() < 0 || d.transitDays() > 60) {
                        error(key + ".transitDays", "must be 0 to 60 business days");
                    }
                }
            }
        }
    }

    private void zoneList(String key, List<BigDecimal> values) {
        if (values.size() != RoutingPolicy.ZONES) {
            error(key, "needs one value per zone 1.." + RoutingPolicy.ZONES);
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            money(key + "[" + i + "]", values.get(i));
        }
    }

    private void money(String key, BigDecimal value) {
        if (value == null) {
            error(key, "missing");
        } else if (value.signum() < 0) {
            error(key, "must not be negative");
        } else if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            error(key, "at most " + MAX_SCALE + " decimals");
        } else if (value.compareTo(new BigDecimal("100000")) > 0) {
            error(key, "must be at most 100000");
        }
    }

    private void error(String key, String message) {
        errors.add(new RoutingPolicy.ConfigError(key, message));
    }

    private ConfigValidation() {
    }
}
