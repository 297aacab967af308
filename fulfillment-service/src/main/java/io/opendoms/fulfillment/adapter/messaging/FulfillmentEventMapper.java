package io.opendoms.fulfillment.adapter.messaging;

import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.events.inventory.ReservationReleased;
import io.opendoms.fulfillment.application.ReleaseShortageCommand;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersCommand;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.Transition;
import java.time.Instant;
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
                .map(line -> new io.opendoms.events.fulfillment.FulfillmentLine(line.lineId(), line.sku(),
                        line.quantity())).toList(),
                detail, transition.change().occurredAt());
    }

    ReleaseShortageCommand toCommand(ReservationReleased event, Instant occurredAt);
}
