package io.opendoms.fulfillment.adapter.web;

import io.opendoms.platform.webhook.WebhookPartner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Webhooks")
class CarrierWebhookController {

    private final WebhookReports reports;
    private final FulfillmentWebMapper mapper;

    CarrierWebhookController(WebhookReports reports, FulfillmentWebMapper mapper) {
        this.reports = reports;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/webhooks/carriers/{carrier}")
    @SecurityRequirements
    @Operation(summary = "A carrier reports tracking of a shipment",
            description = """
                    Signed with OMS-Signature by the carrier partner that OMS-Partner names (absent: the carrier \
                    of the path), no bearer token. A carrier partner reports only on its own carriers' tracking \
                    numbers (any other is 404); event ids are unique per partner. The shipment is found by the carrier (any case) \
                    and the tracking number; 404 when no fulfillment order shipped with it. Statuses move \
                    forward only; EXCEPTION marks a delivery exception that a later scan or DELIVERED clears. \
                    A repeated eventId is answered "duplicate" and changes nothing. Every request is kept in the \
                    webhook inbox; one whose handling fails unexpectedly is parked there for ops to replay and \
                    answered 202 "parked"; 503 means it could not be stored: send it again.""",
            parameters = {
                    @Parameter(name = "OMS-Signature", in = ParameterIn.HEADER, required = true,
                            description = "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.\" + body)>"),
                    @Parameter(name = "OMS-Partner", in = ParameterIn.HEADER, example = "PARCEL_A",
                            description = "the calling carrier partner; absent: the carrier of the path")})
    ResponseEntity<WebhookAckResponse> report(@PathVariable String carrier,
                                              @Valid @RequestBody CarrierEventRequest request,
                                              @Parameter(hidden = true) WebhookPartner partner,
                                              HttpServletRequest http) {
        return WmsWebhookController.answer(mapper,
                reports.carrier(WebhookReports.entryOf(http), partner, carrier, request));
    }
}
