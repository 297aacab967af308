package io.opendoms.fulfillment.adapter.messaging;

import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.PlannedShipment;
import io.opendoms.fulfillment.application.ReleaseFulfillmentOrdersCommand;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
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
}
