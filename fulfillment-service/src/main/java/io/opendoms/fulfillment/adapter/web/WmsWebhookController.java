package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.RecordWmsEventUseCase;
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
                    Signed with OMS-Signature (no bearer token). PICKED, PACKED and SHIPPED (which needs \
                    trackingNumber; carrier and service default to the planned ones) move the fulfillment order \
                    forward only: a report arriving after a later one is recorded but changes no status \
                    (answer "ignored"). A repeated eventId is answered "duplicate" and changes nothing. \
                    SHORT_PICKED and REJECTED need re-routing, which is not supported yet: they are answered \
                    422 and change nothing.""",
            parameters = @Parameter(name = "OMS-Signature", in = ParameterIn.HEADER, required = true,
                    description = "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.\" + body)>"))
    WebhookAckResponse report(@Valid @RequestBody WmsEventRequest request) {
        return mapper.toResponse(recordWmsEvent.record(mapper.toCommand(request)));
    }
}
