package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.domain.DecisionInputs;
import io.opendoms.routing.engine.Capability;
import io.opendoms.routing.engine.DeliveryMethod;
import io.opendoms.routing.engine.GeoPoint;
import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.Network;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.RoutingPolicy;
import io.opendoms.routing.engine.ServiceLevel;
import io.opendoms.routing.engine.SourcingProblem;
import io.opendoms.routing.engine.StockKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored JSON form of {@link DecisionInputs} (table {@code decision_inputs}): apart from the engine's records
 * so that they can change freely, lists sorted so that equal inputs store equal documents.
 */
record InputsDocument(
        List<PlanDocument.LineDocument> lines,
        String deliveryMethod,
        String serviceLevel,
        String pickupLocationId,
        String channel,
        Double latitude,
        Double longitude,
        String destinationZone,
        Instant orderedAt,
        Instant at,
        List<ExclusionDocument> excluded,
        List<HoldDocument> holds,
        List<CapacityDocument> capacityUsed,
        List<LocationDocument> locations,
        List<ItemDocument> items,
        List<StockDocument> stock,
        Long configVersion) {

    record ExclusionDocument(String locationId, String lineId) {
    }

    record HoldDocument(String locationId, String lineId, int quantity) {
    }

    record CapacityDocument(String locationId, LocalDate date, int used) {
    }

    record LocationDocument(String id, String type, double latitude, double longitude, String timeZone,
                            List<String> capabilities, LocalTime cutoffTime, Integer dailyCapacity, boolean active,
                            BigDecimal handlingPerShipment, BigDecimal handlingPerUnit) {
    }

    record ItemDocument(String sku, BigDecimal weightKg, boolean dcOnly, boolean shipAlone) {
    }

    record StockDocument(String locationId, String sku, int available) {
    }

    static InputsDocument of(DecisionInputs inputs) {
        SourcingProblem p = inputs.problem();
        Network n = inputs.network();
        return new InputsDocument(
                p.lines().stream().map(l -> new PlanDocument.LineDocument(l.lineId(), l.sku(), l.quantity())).toList(),
                p.deliveryMethod().name(), p.serviceLevel().name(), p.pickupLocationId(), p.channel(),
                p.destination() == null ? null : p.destination().latitude(),
                p.destination() == null ? null : p.destination().longitude(),
                p.destinationZone() == null ? null : p.destinationZone().getId(),
                p.orderedAt(), p.at(),
                p.excluded().stream().map(e -> new ExclusionDocument(e.locationId(), e.lineId()))
                        .sorted(Comparator.comparing(ExclusionDocument::locationId)
                                .thenComparing(ExclusionDocument::lineId)).toList(),
                p.holds().stream().map(h -> new HoldDocument(h.locationId(), h.lineId(), h.quantity())).toList(),
                p.capacityUsed().entrySet().stream()
                        .map(e -> new CapacityDocument(e.getKey().locationId(), e.getKey().date(), e.getValue()))
                        .sorted(Comparator.comparing(CapacityDocument::locationId)
                                .thenComparing(CapacityDocument::date)).toList(),
                n.locations().values().stream().sorted(Comparator.comparing(Location::id))
                        .map(InputsDocument::toDocument).toList(),
                n.items().values().stream().sorted(Comparator.comparing(Item::sku))
                        .map(i -> new ItemDocument(i.sku(), i.weightKg(), i.dcOnly(), i.shipAlone())).toList(),
                n.available().entrySet().stream()
                        .map(e -> new StockDocument(e.getKey().locationId(), e.getKey().sku(), e.getValue()))
                        .sorted(Comparator.comparing(StockDocument::locationId).thenComparing(StockDocument::sku))
                        .toList(),
                inputs.configVersion());
    }

    DecisionInputs toDomain() {
        SourcingProblem problem = new SourcingProblem(
                lines.stream().map(l -> new OrderLine(l.lineId(), l.sku(), l.quantity())).toList(),
                DeliveryMethod.valueOf(deliveryMethod), ServiceLevel.valueOf(serviceLevel), pickupLocationId, channel,
                latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude),
                destinationZone == null ? null : ZoneId.of(destinationZone), orderedAt, at,
                excluded.stream().map(e -> new SourcingProblem.Exclusion(e.locationId(), e.lineId()))
                        .collect(Collectors.toSet()),
                holds.stream().map(h -> new SourcingProblem.Hold(h.locationId(), h.lineId(), h.quantity())).toList(),
                capacityUsed.stream().collect(Collectors.toMap(
                        c -> new SourcingProblem.LocationDay(c.locationId(), c.date()), CapacityDocument::used)));
        Map<String, Location> locationsById = locations.stream().map(InputsDocument::toDomain)
                .collect(Collectors.toMap(Location::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Item> itemsBySku = items.stream()
                .map(i -> new Item(i.sku(), i.weightKg(), i.dcOnly(), i.shipAlone()))
                .collect(Collectors.toMap(Item::sku, Function.identity()));
        Map<StockKey, Integer> available = stock.stream().collect(Collectors.toMap(
                s -> new StockKey(s.locationId(), s.sku()), StockDocument::available));
        return new DecisionInputs(problem, new Network(locationsById, itemsBySku, available), configVersion);
    }

    private static LocationDocument toDocument(Location l) {
        return new LocationDocument(l.id(), l.type().name(), l.position().latitude(), l.position().longitude(),
                l.timeZone().getId(), l.capabilities().stream().map(Enum::name).sorted().toList(), l.cutoffTime(),
                l.dailyCapacity(), l.active(), l.handling() == null ? null : l.handling().perShipment(),
                l.handling() == null ? null : l.handling().perUnit());
    }

    private static Location toDomain(LocationDocument d) {
        Set<Capability> capabilities = d.capabilities().isEmpty() ? EnumSet.noneOf(Capability.class)
                : d.capabilities().stream().map(Capability::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Capability.class)));
        return new Location(d.id(), LocationType.valueOf(d.type()), new GeoPoint(d.latitude(), d.longitude()),
                ZoneId.of(d.timeZone()), new HashSet<>(capabilities), d.cutoffTime(), d.dailyCapacity(), d.active(),
                d.handlingPerShipment() == null ? null
                        : new RoutingPolicy.Handling(d.handlingPerShipment(), d.handlingPerUnit()));
    }
}
