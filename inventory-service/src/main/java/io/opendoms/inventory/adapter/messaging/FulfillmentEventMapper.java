package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.inventory.application.DeductShippedStockCommand;
import org.mapstruct.Mapper;

@Mapper
public interface FulfillmentEventMapper {

    DeductShippedStockCommand toCommand(FulfillmentShipped event);
}
