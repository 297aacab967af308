package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.inventory.domain.Capability;
import io.opendoms.inventory.domain.Item;
import io.opendoms.inventory.domain.Location;
import io.opendoms.inventory.domain.Reservation;
import io.opendoms.inventory.domain.Shortage;
import io.opendoms.inventory.domain.StockLevel;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain state to the contract records of {@code opendoms.inventory.v1} and the reservations topic. */
@Mapper
public interface InventoryEventMapper {

    DateTimeFormatter CUTOFF = DateTimeFormatter.ofPattern("HH:mm");

    @Mapping(target = "locationId", source = "id")
    @Mapping(target = "latitude", source = "coordinates.latitude")
    @Mapping(target = "longitude", source = "coordinates.longitude")
    LocationUpserted toEvent(Location location);

    ItemUpserted toEvent(Item item);

    @Mapping(target = "locationId", source = "level.key.locationId")
    @Mapping(target = "sku", source = "level.key.sku")
    @Mapping(target = "onHand", source = "level.onHand")
    @Mapping(target = "reserved", source = "level.reserved")
    @Mapping(target = "safetyStock", source = "level.safetyStock")
    @Mapping(target = "available", expression = "java(level.available())")
    StockChanged toEvent(StockLevel level, String reason);

    List<StockReserved.Reservation> toReservations(List<Reservation> reservations);

    StockReserved.Reservation toEvent(Reservation reservation);

    List<ReservationFailed.Shortage> toShortages(List<Shortage> shortages);

    default String cutoffTime(LocalTime time) {
        return time.format(CUTOFF);
    }

    default String zoneId(ZoneId zone) {
        return zone.getId();
    }

    default List<String> capabilityNames(Set<Capability> capabilities) {
        return capabilities.stream().sorted().map(Enum::name).toList();
    }
}
