package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.UpsertLocationCommand;
import io.opendoms.inventory.domain.Capability;
import io.opendoms.inventory.domain.Location;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface LocationWebMapper {

    DateTimeFormatter CUTOFF = DateTimeFormatter.ofPattern("HH:mm");

    @Mapping(target = "locationId", source = "locationId")
    UpsertLocationCommand toCommand(String locationId, LocationRequest request);

    @Mapping(target = "locationId", source = "id")
    @Mapping(target = "latitude", source = "coordinates.latitude")
    @Mapping(target = "longitude", source = "coordinates.longitude")
    LocationResponse toResponse(Location location);

    List<LocationResponse> toResponses(List<Location> locations);

    default ZoneId zoneId(String zone) {
        return ZoneId.of(zone);
    }

    default String zoneId(ZoneId zone) {
        return zone.getId();
    }

    default LocalTime cutoffTime(String time) {
        return LocalTime.parse(time, CUTOFF);
    }

    default String cutoffTime(LocalTime time) {
        return time.format(CUTOFF);
    }

    default Set<Capability> capabilities(List<Capability> capabilities) {
        return capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(capabilities);
    }

    default List<Capability> capabilities(Set<Capability> capabilities) {
        return capabilities.stream().sorted().toList();
    }
}
