package io.opendoms.routing.config;

import io.opendoms.routing.engine.CarrierService;
import io.opendoms.routing.engine.DistanceRatedService;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.RoutingPolicy;
import io.opendoms.routing.engine.ServiceLevel;
import io.opendoms.routing.engine.ZoneRatedService;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The routing cost model and rules ({@code opendoms.routing.*}), keyed as the routing configuration document.
 * Whatever is not set keeps the documented default of {@link RoutingPolicy#defaults()}; a map or list that is set
 * replaces the default one as a whole.
 */
@ConfigurationProperties("opendoms.routing")
public record RoutingProperties(
        List<Double> zonesKm,
        List<Service> services,
        Map<LocationType, Handling> handling,
        Map<ServiceLevel, Integer> serviceLevelDays,
        BigDecimal splitPenalty,
        Integer maxShipments,
        Boolean allowLineSplit,
        BigDecimal latePenaltyPerDay,
        ZoneId defaultTimeZone,
        Map<String, ChannelRule> channelRules) {

    /**
     * A zone-rated service ({@code baseByZone}, {@code perKgByZone}, {@code transitDaysByZone}) or a
     * distance-rated one ({@code base}, {@code perKm}, {@code maxDistanceKm}, {@code originTypes},
     * {@code transitDays}).
     */
    public record Service(
            String carrier,
            String service,
            List<BigDecimal> baseByZone,
            List<BigDecimal> perKgByZone,
            List<Integer> transitDaysByZone,
            BigDecimal base,
            BigDecimal perKm,
            Double maxDistanceKm,
            Set<LocationType> originTypes,
            Integer transitDays) {

        CarrierService toDomain() {
            if (baseByZone != null) {
                return new ZoneRatedService(carrier, service, baseByZone, perKgByZone, transitDaysByZone);
            }
            return new DistanceRatedService(carrier, service, base, perKm,
                    maxDistanceKm == null ? Double.MAX_VALUE : maxDistanceKm,
                    originTypes == null ? Set.of(LocationType.values()) : originTypes,
                    transitDays == null ? 0 : transitDays);
        }
    }

    public record Handling(BigDecimal perShipment, BigDecimal perUnit) {
    }

    public record ChannelRule(Set<LocationType> allowedLocationTypes) {
    }

    public RoutingPolicy toPolicy() {
        RoutingPolicy d = RoutingPolicy.defaults();
        Map<LocationType, RoutingPolicy.Handling> handlingByType = new EnumMap<>(LocationType.class);
        if (handling == null) {
            handlingByType.putAll(d.handling());
        } else {
            handling.forEach((type, h) -> handlingByType.put(type,
                    new RoutingPolicy.Handling(h.perShipment(), h.perUnit())));
        }
        Map<String, RoutingPolicy.ChannelRule> rules = new LinkedHashMap<>();
        if (channelRules == null) {
            rules.putAll(d.channelRules());
        } else {
            channelRules.forEach((channel, r) -> rules.put(channel,
                    new RoutingPolicy.ChannelRule(r.allowedLocationTypes())));
        }
        return new RoutingPolicy(
                zonesKm == null ? d.zonesKm() : zonesKm,
                services == null ? d.services() : services.stream().map(Service::toDomain).toList(),
                handlingByType,
                serviceLevelDays == null ? d.serviceLevelDays() : serviceLevelDays,
                splitPenalty == null ? d.splitPenalty() : splitPenalty,
                maxShipments == null ? d.maxShipments() : maxShipments,
                allowLineSplit == null ? d.allowLineSplit() : allowLineSplit,
                latePenaltyPerDay == null ? d.latePenaltyPerDay() : latePenaltyPerDay,
                defaultTimeZone == null ? d.defaultTimeZone() : defaultTimeZone,
                rules);
    }
}
