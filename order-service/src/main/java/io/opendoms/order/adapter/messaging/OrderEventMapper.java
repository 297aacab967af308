package io.opendoms.order.adapter.messaging;

import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.order.application.RecordAllocationCommand;
import io.opendoms.order.domain.FulfillmentUpdate;
import io.opendoms.order.domain.Order;
import java.util.List;
import io.opendoms.order.domain.Backorder;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.order.application.UnfilledUnitsCommand;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface OrderEventMapper {

    @Mapping(target = "orderId", source = "id")
    @Mapping(target = "customerEmail", source = "customer.email")
    @Mapping(target = "shipTo", source = "shippingAddress")
    @Mapping(target = "receivedAt", source = "createdAt")
    OrderReceived toOrderReceived(Order order);

    /** What is left to source of a line: an order released from hold may have had units cancelled meanwhile. */
    default List<OrderReceived.Line> toReceivedLines(List<io.opendoms.order.domain.OrderLine> lines) {
        return lines.stream().filter(l -> l.getQuantity() > l.getCancelledQuantity())
                .map(l -> new OrderReceived.Line(l.getLineId(), l.getSku(), l.getQuantity() - l.getCancelledQuantity(),
                        l.getUnitPrice()))
                .toList();
    }

    @Mapping(target = "status", constant = "RELEASED")
    @Mapping(target = "trackingNumber", ignore = true)
    FulfillmentUpdate toUpdate(FulfillmentReleased event);

    @Mapping(target = "status", constant = "READY_FOR_PICKUP")
    @Mapping(target = "carrier", ignore = true)
    @Mapping(target = "service", ignore = true)
    @Mapping(target = "trackingNumber", ignore = true)
    @Mapping(target = "promisedDeliveryDate", ignore = true)
    FulfillmentUpdate toUpdate(io.opendoms.events.fulfillment.FulfillmentReadyForPickup event);

    @Mapping(target = "status", constant = "PICKED_UP")
    @Mapping(target = "carrier", ignore = true)
    @Mapping(target = "service", ignore = true)
    @Mapping(target = "trackingNumber", ignore = true)
    @Mapping(target = "promisedDeliveryDate", ignore = true)
    FulfillmentUpdate toUpdate(io.opendoms.events.fulfillment.FulfillmentPickedUp event);

    @Mapping(target = "status", constant = "SHIPPED")
    @Mapping(target = "promisedDeliveryDate", ignore = true)
    FulfillmentUpdate toUpdate(FulfillmentShipped event);

    @Mapping(target = "status", constant = "DELIVERED")
    @Mapping(target = "carrier", ignore = true)
    @Mapping(target = "service", ignore = true)
    @Mapping(target = "promisedDeliveryDate", ignore = true)
    FulfillmentUpdate toUpdate(FulfillmentDelivered event);

    @Mapping(target = "shipments", expression = "java(event.shipments() == null ? 0 : event.shipments().size())")
    @Mapping(target = "unallocated", expression = "java(toBackorders(event.backorderOfOrder()))")
    RecordAllocationCommand toCommand(OrderAllocated event);

    UnfilledUnitsCommand toCommand(FulfillmentUnfilled event);

    List<io.opendoms.order.domain.FulfillmentLine> toLines(List<io.opendoms.events.fulfillment.FulfillmentLine> lines);

    List<Backorder> toBackorders(List<io.opendoms.events.routing.UnallocatedLine> lines);
}
