package io.opendoms.returns.adapter.messaging;

import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.returns.application.RecordDeliveredLinesCommand;
import io.opendoms.returns.application.RecordOrderedLinesCommand;
import org.mapstruct.Mapper;

@Mapper
interface ReturnableLineEventMapper {

    RecordOrderedLinesCommand toCommand(OrderReceived event);

    RecordDeliveredLinesCommand toCommand(FulfillmentDelivered event);
}
