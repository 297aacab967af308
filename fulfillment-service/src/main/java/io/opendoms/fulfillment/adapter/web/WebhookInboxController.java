package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.WebhookInboxEntry;
import io.opendoms.fulfillment.application.WebhookInboxService;
import io.opendoms.fulfillment.application.WebhookInboxStatus;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The webhook inbox, for ops: an API with a bearer token, not a webhook (see opendoms.webhooks.api-paths). */
@RestController
@RequestMapping("/api/v1/webhooks/inbox")
@Tag(name = "Webhook inbox", description = "Every inbound webhook as it arrived, what became of it, and replay")
class WebhookInboxController {

    private static final int MAX_SIZE = 100;

    private final WebhookInboxService inbox;
    private final WebhookReports reports;
    private final FulfillmentWebMapper mapper;

    WebhookInboxController(WebhookInboxService inbox, WebhookReports reports, FulfillmentWebMapper mapper) {
        this.inbox = inbox;
        this.reports = reports;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_ops')")
    @Operation(summary = "List received webhooks, newest first",
            description = """
                    Every WMS and carrier webhook is stored as it arrived (partner, selected headers, raw body, \
                    signature verdict) with its outcome: APPLIED, IGNORED (too late to change the status), \
                    DUPLICATE (event id handled before), REJECTED_INVALID (answered 4xx), FAILED (its handling \
                    failed unexpectedly: parked, replay it), UNAUTHENTICATED (refused by the signature check; no \
                    body is kept), RECEIVED (being handled). Filter by status; invalid parameters are 400.""")
    WebhookInboxResponse list(
            @Parameter(schema = @Schema(implementation = WebhookInboxStatus.class))
            @RequestParam(required = false) String status,
            @Parameter(description = "0-based", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
            @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
            @RequestParam(required = false) String size) {
        List<FieldError> errors = new ArrayList<>();
        WebhookInboxStatus wanted = null;
        if (status != null) {
            try {
                wanted = WebhookInboxStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of " + List.of(WebhookInboxStatus.values())));
            }
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = number("size", size, 20, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException("Invalid parameters: " + String.join(", ",
                    errors.stream().map(FieldError::field).toList()), errors);
        }
        WebhookInboxService.Page found = inbox.list(wanted, pageNumber, pageSize);
        return new WebhookInboxResponse(found.items().stream().map(WebhookInboxController::toResponse).toList(),
                found.page(), found.size(), found.totalItems());
    }

    @PostMapping("/{id}/replay")
    @PreAuthorize("hasAuthority('SCOPE_ops')")
    @Operation(summary = "Handle a stored webhook again",
            description = """
                    Runs the stored raw body through the same checks and handler as when it arrived, with its \
                    partner as configured now, once: the answer is what the partner would get now (accepted, \
                    ignored, duplicate when the partner's event id was handled by another webhook meanwhile, \
                    parked when it fails again; or its 4xx problem). 404 for an unknown id; 409 for a webhook that \
                    was handled already (APPLIED, IGNORED, DUPLICATE) or never passed the signature check.""")
    ResponseEntity<WebhookAckResponse> replay(@PathVariable UUID id) {
        return WmsWebhookController.answer(mapper, reports.replay(id));
    }

    private static WebhookInboxResponse.Entry toResponse(WebhookInboxEntry e) {
        return new WebhookInboxResponse.Entry(e.id(), e.webhook(), e.path(), e.partnerId(), e.eventRef(), e.status(),
                e.signature(), e.answerStatus(), e.detail(), e.attempts(), e.receivedAt(), e.completedAt(),
                e.headers(), e.body() == null ? null : new String(e.body(), StandardCharsets.UTF_8));
    }

    static int number(String name, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be an integer from " + min + " to " + max));
        return fallback;
    }
}
