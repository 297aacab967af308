package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.engine.Capability;
import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface NetworkJpaMapper {

    @Mapping(target = "latitude", source = "position.latitude")
    @Mapping(target = "longitude", source = "position.longitude")
    @Mapping(target = "updatedAt", ignore = true)
    LocationViewJpaEntity toEntity(Location location);

    @Mapping(target = "handling", ignore = true) // not in routing's view: inventory does not publish it yet
    @Mapping(target = "position", expression = "java(new io.opendoms.routing.engine.GeoPoint(entity.getLatitude(), "
            + "entity.getLongitude()))")
    Location toDomain(LocationViewJpaEntity entity);

    @Mapping(target = "updatedAt", ignore = true)
    ItemViewJpaEntity toEntity(Item item);

    Item toDomain(ItemViewJpaEntity entity);

    default String toString(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }

    default ZoneId toZone(String zone) {
        return zone == null ? null : ZoneId.of(zone);
    }

    default String[] toArray(Set<Capability> capabilities) {
        return capabilities.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    default Set<Capability> toCapabilities(String[] capabilities) {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        Arrays.stream(capabilities).map(Capability::valueOf).forEach(set::add);
        return set;
    }
}
