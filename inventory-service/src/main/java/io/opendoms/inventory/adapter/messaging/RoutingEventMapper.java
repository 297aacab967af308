package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.routing.OrderRouted;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.inventory.application.ReserveStockCommand;
import io.opendoms.inventory.domain.ReservationLine;
import java.util.List;
import org.mapstruct.Mapper;

@Mapper
public interface RoutingEventMapper {

    /** Every line of every shipment; unallocated lines are routing's business, not inventory's. */
    default ReserveStockCommand toCommand(OrderRouted event) {
        List<ReservationLine> lines = event.shipments() == null ? List.of() : event.shipments().stream()
                .flatMap(shipment -> shipment.lines().stream().map(line -> toLine(shipment, line)))
                .toList();
        return new ReserveStockCommand(event.orderId(), event.decisionId(), lines, event.reservationId());
    }

    default ReservationLine toLine(PlannedShipment shipment, PlannedShipment.Line line) {
        return new ReservationLine(shipment.locationId(), line.lineId(), line.sku(), line.quantity());
    }
}
