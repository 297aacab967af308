package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.RecordCarrierEventCommand;
import io.opendoms.fulfillment.application.RecordWmsEventCommand;
import io.opendoms.fulfillment.application.WebhookOutcome;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import java.util.List;
import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface FulfillmentWebMapper {

    @Mapping(target = "fulfillmentId", source = "id")
    FulfillmentResponse toResponse(FulfillmentOrder fulfillmentOrder);

    List<FulfillmentResponse> toResponses(List<FulfillmentOrder> fulfillmentOrders);

    RecordWmsEventCommand toCommand(WmsEventRequest request);

    @Mapping(target = "carrier", source = "carrier")
    RecordCarrierEventCommand toCommand(String carrier, CarrierEventRequest request);

    default WebhookAckResponse toResponse(WebhookOutcome outcome) {
        return new WebhookAckResponse(outcome.name().toLowerCase(Locale.ROOT));
    }
}
