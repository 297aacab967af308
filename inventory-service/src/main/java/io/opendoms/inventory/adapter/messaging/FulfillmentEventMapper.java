package io.opendoms.inventory.adapter.messaging;

import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentPickedUp;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.inventory.application.ReleaseUnitsTakenOffCommand;
import io.opendoms.inventory.application.DeductShippedStockCommand;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface FulfillmentEventMapper {

    DeductShippedStockCommand toCommand(FulfillmentShipped event);

    ReleaseUnitsTakenOffCommand toCommand(FulfillmentUnfilled event);

    /** A pickup collected at the store leaves stock like a shipment. */
    @Mapping(target = "shippedAt", source = "pickedUpAt")
    DeductShippedStockCommand toCommand(FulfillmentPickedUp event);

    /** Cancelled units are released like units a location handed back, with their own reason. */
    default ReleaseUnitsTakenOffCommand toCommand(FulfillmentCancelled event) {
        return new ReleaseUnitsTakenOffCommand(event.orderId(), event.fulfillmentId(), event.locationId(),
                ReleaseUnitsTakenOffCommand.CANCELLED, event.lines().stream()
                .map(line -> new ReleaseUnitsTakenOffCommand.Line(line.lineId(), line.sku(), line.quantity()))
                .toList());
    }
}
