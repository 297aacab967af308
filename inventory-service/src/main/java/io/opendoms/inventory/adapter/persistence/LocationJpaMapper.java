package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.domain.Capability;
import io.opendoms.inventory.domain.GeoPoint;
import io.opendoms.inventory.domain.Location;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(imports = GeoPoint.class)
public interface LocationJpaMapper {

    @Mapping(target = "latitude", source = "coordinates.latitude")
    @Mapping(target = "longitude", source = "coordinates.longitude")
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    void copy(Location location, @MappingTarget LocationJpaEntity entity);

    @Mapping(target = "coordinates", expression = "java(new GeoPoint(entity.getLatitude(), entity.getLongitude()))")
    Location toDomain(LocationJpaEntity entity);

    default String zoneId(ZoneId zone) {
        return zone.getId();
    }

    default ZoneId zoneId(String zone) {
        return ZoneId.of(zone);
    }

    /** Stored in enum order, so that equal sets are equal arrays. */
    default List<String> capabilityNames(Set<Capability> capabilities) {
        return EnumSet.copyOf(capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : capabilities)
                .stream().map(Enum::name).toList();
    }

    default Set<Capability> capabilities(List<String> names) {
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        names.forEach(name -> set.add(Capability.valueOf(name)));
        return set;
    }
}
