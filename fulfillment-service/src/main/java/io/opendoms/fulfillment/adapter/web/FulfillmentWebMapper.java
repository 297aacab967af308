package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.RecordCarrierEventCommand;
import io.opendoms.fulfillment.application.RecordWmsEventCommand;
import io.opendoms.fulfillment.application.WebhookOutcome;
import io.opendoms.fulfillment.domain.CancelRequest;
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
    @Mapping(target = "cancelRequested", source = "cancelRequests")
    FulfillmentResponse toResponse(FulfillmentOrder fulfillmentOrder);

    /** The units the location is asked to cancel, per line; absent when none. */
    default List<FulfillmentResponse.Line> cancelRequested(List<CancelRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            return null;
        }
        java.util.Map<String, FulfillmentResponse.Line> byLine = new java.util.LinkedHashMap<>();
        requests.forEach(r -> byLine.merge(r.lineId(), new FulfillmentResponse.Line(r.lineId(), r.sku(), r.quantity()),
                (a, b) -> new FulfillmentResponse.Line(a.lineId(), a.sku(), a.quantity() + b.quantity())));
        return List.copyOf(byLine.values());
    }

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
