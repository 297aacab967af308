package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.WebhookOutcome;
import io.opendoms.platform.webhook.WebhookPartner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Webhooks")
class WmsWebhookController {

    private final WebhookReports reports;
    private final FulfillmentWebMapper mapper;

    WmsWebhookController(WebhookReports reports, FulfillmentWebMapper mapper) {
        this.reports = reports;
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
                    REJECTED takes every unit off the fulfillment order (status REJECTED); SHORT_PICKED names in \
                    lines the lines and quantities actually picked (a line not named: none of it) — those stay, \
                    the rest is taken off (everything picked: a plain pick; nothing: a rejection). Both announce \
                    the units taken off (fulfillment.unfilled) for routing to source elsewhere. \
                    CANCEL_CONFIRMED and CANCEL_REFUSED (added 2026-12; optional reason, the location's words) answer \
                    the cancel requests of a fulfillment order being picked, packed or waiting at the counter (its \
                    cancelRequested lines, from an order's cancellation): confirmed, those units come off it \
                    (nothing left: CANCELLED) and are announced cancelled (fulfillment.cancelled); refused, they \
                    stay and the refusal is announced (fulfillment.cancel-refused). Either answers every pending \
                    request; none pending is 409, and a fulfillment order that shipped or closed before the answer \
                    has had its requests refused already. A rejection after \
                    shipping, a short pick after packing, and anything after a rejection or cancellation are 409; \
                    a short pick of unknown lines or more than was asked is 422; neither changes anything. \
                    Every request is kept in the webhook inbox; one whose handling fails unexpectedly is parked \
                    there for ops to replay and answered 202 "parked" (the OMS owns it now: do not send it again); \
                    503 means it could not be stored: send it again.""",
            parameters = {
                    @Parameter(name = "OMS-Signature", in = ParameterIn.HEADER, required = true,
                            description = "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.\" + body)>"),
                    @Parameter(name = "OMS-Partner", in = ParameterIn.HEADER, example = "wms-default",
                            description = "the calling partner; absent: the default WMS partner")})
    ResponseEntity<WebhookAckResponse> report(@Valid @RequestBody WmsEventRequest request,
                                              @Parameter(hidden = true) WebhookPartner partner,
                                              HttpServletRequest http) {
        return answer(mapper, reports.wms(WebhookReports.entryOf(http), partner, request));
    }

    /** 200 for what was handled or seen before; 202 for what is parked in the inbox (ours, not yet applied). */
    static ResponseEntity<WebhookAckResponse> answer(FulfillmentWebMapper mapper, WebhookOutcome outcome) {
        return ResponseEntity.status(outcome == WebhookOutcome.PARKED ? 202 : 200).body(mapper.toResponse(outcome));
    }
}
