package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.RecordCarrierEventCommand;
import io.opendoms.fulfillment.application.RecordWmsEventCommand;
import io.opendoms.fulfillment.application.WebhookOutcome;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.FulfillmentOrder.PickedLine;
import io.opendoms.platform.webhook.WebhookPartner;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface FulfillmentWebMapper {

    @Mapping(target = "fulfillmentId", source = "id")
    FulfillmentResponse toResponse(FulfillmentOrder fulfillmentOrder);

    List<FulfillmentResponse> toResponses(List<FulfillmentOrder> fulfillmentOrders);

    @Mapping(target = "partner", source = "partner")
    @Mapping(target = "type", source = "request.type")
    RecordWmsEventCommand toCommand(WebhookPartner partner, WmsEventRequest request);

    @Mapping(target = "partner", source = "partner")
    @Mapping(target = "carrier", source = "carrier")
    RecordCarrierEventCommand toCommand(WebhookPartner partner, String carrier, CarrierEventRequest request);

    PickedLine toPickedLine(WmsEventRequest.Line line);

    /** See {@link EventIds}. */
    default UUID eventId(String eventId) {
        return EventIds.of(eventId);
    }

    default WebhookAckResponse toResponse(WebhookOutcome outcome) {
        return new WebhookAckResponse(outcome.name().toLowerCase(Locale.ROOT));
    }
}
