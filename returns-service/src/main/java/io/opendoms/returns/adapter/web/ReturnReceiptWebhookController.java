package io.opendoms.returns.adapter.web;

import io.opendoms.platform.webhook.WebhookPartner;
import io.opendoms.returns.application.ReceiveReturnCommand;
import io.opendoms.returns.application.ReceiveReturnService;
import io.opendoms.returns.domain.ReceivedCondition;
import io.opendoms.returns.domain.ReturnReceipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The receiving location's report of returned units: receipt, inspection, refund and restock. */
@RestController
@Tag(name = "Returns")
class ReturnReceiptWebhookController {

    private final ReceiveReturnService receipts;

    ReturnReceiptWebhookController(ReceiveReturnService receipts) {
        this.receipts = receipts;
    }

    /** {@code POST /api/v1/webhooks/wms/returns}. */
    @Schema(example = """
            {"eventId": "rcv-0001", "returnId": "6f1c2b9e-4c1a-4e7e-9a51-0d3f7f0c1a11", "locationId": "STORE-9",
             "occurredAt": "2026-11-30T10:00:00Z", "lines": [{"lineId": "1", "quantity": 1,
             "condition": "RESELLABLE"}]}""")
    record ReceiptRequest(
            @NotBlank @Size(max = 128) String eventId,
            @NotNull UUID returnId,
            @NotBlank @Size(max = 64) String locationId,
            @NotNull Instant occurredAt,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> lines) {

        record Line(@NotBlank @Size(max = 100) String lineId, @NotNull @Positive @Max(1_000_000) Integer quantity,
                    @NotNull ReceivedCondition condition) {
        }
    }

    record ReceiptAck(
            @Schema(allowableValues = {"accepted", "duplicate"},
                    description = "accepted: received, refunded and restocked; duplicate: eventId seen before")
            String status) {
    }

    @PostMapping("/api/v1/webhooks/wms/returns")
    @SecurityRequirements
    @Operation(summary = "A receiving location reports returned units and their condition", description = """
            Signed with OMS-Signature by the WMS or store partner of the receiving location (OMS-Partner; none: \
            the default WMS partner); a return or location of another partner is 404 and changes nothing. Per \
            line: RESELLABLE units go back on hand at locationId (return.restocked, applied by inventory and \
            recorded in its ledger), DAMAGED units are recorded and disposed of. Every unit received refunds its \
            share of the line's refund (unit price × quantity less the restocking fee of the reason), once: \
            return.refunded, which the order shows as refundedAmount and the lines' returnedQuantity. A return \
            may be received in parts; it is RECEIVED until every authorized unit came back, then REFUNDED. A \
            repeated eventId is answered "duplicate" and changes nothing; more units than the return authorized, \
            or lines it does not have, are 422; a STORE return received elsewhere is 422; a cancelled, rejected \
            or fully received return is 409.""",
            parameters = {
                    @Parameter(name = "OMS-Signature", in = ParameterIn.HEADER, required = true,
                            description = "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, \"<t>.\" + body)>"),
                    @Parameter(name = "OMS-Partner", in = ParameterIn.HEADER, example = "wms-default",
                            description = "the calling partner; absent: the default WMS partner")})
    ReceiptAck receive(@Valid @RequestBody ReceiptRequest request, @Parameter(hidden = true) WebhookPartner partner) {
        ReceiveReturnService.Outcome outcome = receipts.receive(new ReceiveReturnCommand(partner.id(),
                partner.defaultWms(), request.eventId(), request.returnId(), request.locationId(),
                request.occurredAt(), request.lines().stream()
                .map(l -> new ReturnReceipt.Line(l.lineId(), l.quantity(), l.condition())).toList()));
        return new ReceiptAck(outcome == ReceiveReturnService.Outcome.APPLIED ? "accepted" : "duplicate");
    }
}
