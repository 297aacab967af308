package io.opendoms.routing.adapter.messaging;

import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.routing.application.ConfirmAllocationCommand;
import io.opendoms.routing.application.HandleReservationFailureCommand;
import io.opendoms.routing.application.UpdateStockCommand;
import io.opendoms.routing.engine.Capability;
import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.Shipment;
import io.opendoms.routing.domain.Shortage;
import io.opendoms.routing.domain.SourcingRequest;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Contract records of libs/events to and from the domain and use-case commands. */
@Mapper
public interface RoutingEventMapper {

    SourcingRequest toRequest(OrderReceived event);

    OrderLine toLine(OrderReceived.Line line);

    @Mapping(target = "handling", ignore = true) // inventory publishes no per-location handling cost yet
    @Mapping(target = "id", source = "locationId")
    @Mapping(target = "position", expression = "java(new io.opendoms.routing.engine.GeoPoint(event.latitude(), "
            + "event.longitude()))")
    Location toLocation(LocationUpserted event);

    Item toItem(ItemUpserted event);

    UpdateStockCommand toCommand(StockChanged event);

    ConfirmAllocationCommand toCommand(StockReserved event);

    HandleReservationFailureCommand toCommand(ReservationFailed event);

    Shortage toShortage(ReservationFailed.Shortage shortage);

    @Mapping(target = "shipments", source = "plan.shipments")
    @Mapping(target = "unallocated", source = "plan.unallocated")
    OrderRouted toOrderRouted(RoutingDecision decision);

    @Mapping(target = "shipments", source = "plan.shipments")
    @Mapping(target = "unallocated", source = "plan.unallocated")
    OrderAllocated toOrderAllocated(RoutingDecision decision);

    @Mapping(target = "cost", source = "cost.total")
    PlannedShipment toEvent(Shipment shipment);

    PlannedShipment.Line toEvent(OrderLine line);

    io.opendoms.events.routing.UnallocatedLine toEvent(io.opendoms.routing.engine.UnallocatedLine line);

    default ZoneId toZone(String zone) {
        return ZoneId.of(zone);
    }

    default LocalTime toTime(String time) {
        return time == null || time.isBlank() ? null : LocalTime.parse(time);
    }

    default Set<Capability> toCapabilities(List<String> capabilities) {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        if (capabilities != null) {
            capabilities.stream().map(Capability::valueOf).forEach(set::add);
        }
        return set;
    }
}
