package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.inventory.application.ReleaseUnfilledCommand;
import io.opendoms.inventory.application.DeductShippedStockCommand;
import org.mapstruct.Mapper;

@Mapper
public interface FulfillmentEventMapper {

    DeductShippedStockCommand toCommand(FulfillmentShipped event);

    ReleaseUnfilledCommand toCommand(FulfillmentUnfilled event);
}
