package io.opendoms.fulfillment.adapter.messaging;

import io.opendoms.events.fulfillment.FulfillmentCancelRefused;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentLine;
import io.opendoms.events.fulfillment.FulfillmentPickedUp;
import io.opendoms.events.fulfillment.FulfillmentReadyForPickup;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.events.inventory.ReservationReleased;
import io.opendoms.fulfillment.application.ReleaseShortageCommand;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.events.routing.UnitsCancelled;
import io.opendoms.fulfillment.application.CancelFulfillmentUnitsCommand;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersCommand;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.Transition;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface FulfillmentEventMapper {

    ReleaseFulfillmentOrdersCommand toCommand(OrderAllocated event);

    @Mapping(target = "type", source = "fulfillmentType")
    ReleaseFulfillmentOrdersCommand.Shipment toShipment(PlannedShipment shipment);

    @Mapping(target = "fulfillmentId", source = "id")
    FulfillmentReleased toReleased(FulfillmentOrder fulfillmentOrder);

    @Mapping(target = "fulfillmentId", source = "fulfillmentOrder.id")
    @Mapping(target = "shippedAt", source = "shippedAt")
    FulfillmentShipped toShipped(FulfillmentOrder fulfillmentOrder, Instant shippedAt);

    @Mapping(target = "fulfillmentId", source = "fulfillmentOrder.id")
    @Mapping(target = "deliveredAt", source = "deliveredAt")
    FulfillmentDelivered toDelivered(FulfillmentOrder fulfillmentOrder, Instant deliveredAt);

    /** By hand: the lines are the units taken off, not the fulfillment order's. */
    default FulfillmentUnfilled toUnfilled(FulfillmentOrder fulfillmentOrder, Transition transition, String detail) {
        return new FulfillmentUnfilled(fulfillmentOrder.getId(), fulfillmentOrder.getOrderId(),
                fulfillmentOrder.getLocationId(), transition.reason().name(), transition.unfilled().stream()
                .map(line -> new FulfillmentLine(line.lineId(), line.sku(),
                        line.quantity())).toList(),
                detail, transition.change().occurredAt());
    }

    ReleaseShortageCommand toCommand(ReservationReleased event, Instant occurredAt);

    /** Only the sourced units are fulfillment's; routing cancelled the backordered ones itself. */
    default CancelFulfillmentUnitsCommand toCommand(UnitsCancelled event) {
        return new CancelFulfillmentUnitsCommand(event.orderId(), event.cancellationId(),
                event.sourced() == null ? List.of() : event.sourced().stream()
                        .map(line -> new CancelFulfillmentUnitsCommand.Line(line.lineId(), line.sku(), line.quantity()))
                        .toList());
    }

    /** By hand: the lines are the units cancelled, the status the fulfillment order's after it. */
    default FulfillmentCancelled toCancelled(FulfillmentOrder fulfillmentOrder, UUID cancellationId,
                                             Transition transition) {
        return new FulfillmentCancelled(fulfillmentOrder.getId(), fulfillmentOrder.getOrderId(),
                fulfillmentOrder.getLocationId(), cancellationId, fulfillmentOrder.getStatus().name(),
                toEventLines(transition.unfilled()), transition.change().occurredAt());
    }

    default FulfillmentCancelRefused toCancelRefused(UUID orderId, UUID cancellationId,
                                                     List<io.opendoms.fulfillment.domain.FulfillmentLine> lines,
                                                     String reason) {
        return new FulfillmentCancelRefused(orderId, cancellationId, toEventLines(lines), reason);
    }

    @Mapping(target = "fulfillmentId", source = "fulfillmentOrder.id")
    @Mapping(target = "readyAt", source = "readyAt")
    FulfillmentReadyForPickup toReadyForPickup(FulfillmentOrder fulfillmentOrder, Instant readyAt);

    @Mapping(target = "fulfillmentId", source = "fulfillmentOrder.id")
    @Mapping(target = "pickedUpAt", source = "pickedUpAt")
    FulfillmentPickedUp toPickedUp(FulfillmentOrder fulfillmentOrder, Instant pickedUpAt);

    List<FulfillmentLine> toEventLines(List<io.opendoms.fulfillment.domain.FulfillmentLine> lines);
}
