package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.RecordWmsEventUseCase;
import io.opendoms.platform.webhook.WebhookPartner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Webhooks")
class WmsWebhookController {

    private final RecordWmsEventUseCase recordWmsEvent;
    private final FulfillmentWebMapper mapper;

    WmsWebhookController(RecordWmsEventUseCase recordWmsEvent, FulfillmentWebMapper mapper) {
        this.recordWmsEvent = recordWmsEvent;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/webhooks/wms")
    @SecurityRequirements
    @Operation(summary = "A warehouse or store system reports progress of a fulfillment order",
            description = """
                    Signed with OMS-Signature by the partner that OMS-Partner names (no header: the default WMS \
                    partner), no bearer token. A partner reports only on fulfillment orders of the locations that \
                    name it (wmsPartnerId; none: the default partner): any other is 404 and changes nothing. \
                    Event ids are unique per partner. PICKED, PACKED and SHIPPED (which needs \
                    trackingNumber; carrier and service default to the planned ones) move the fulfillment order \
                    forward only: a report arriving after a later one is recorded but changes no status \
                    (answer "ignored"). A repeated eventId is answered "duplicate" and changes nothing. \
                    SHORT_PICKED and REJECTED need re-routing, which is not supported yet: they are answered \
                    422 and change nothing.""",
            parameters = {
                    @Parameter(name = "OMS-Signature", in = ParameterIn.HEADER, required = true,
                            description = "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.\" + body)>"),
                    @Parameter(name = "OMS-Partner", in = ParameterIn.HEADER, example = "wms-default",
                            description = "the calling partner; absent: the default WMS partner")})
    WebhookAckResponse report(@Valid @RequestBody WmsEventRequest request, @Parameter(hidden = true) WebhookPartner partner) {
        return mapper.toResponse(recordWmsEvent.record(mapper.toCommand(partner, request)));
    }
}
