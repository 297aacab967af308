package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.FulfillmentExceptionsPort;
import io.opendoms.fulfillment.application.FulfillmentExceptionsUseCase;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A literal path below {@code /api/v1/fulfillments}: Spring prefers it to {@code /{fulfillmentId}}. */
@RestController
@RequestMapping("/api/v1/fulfillments/exceptions")
@Tag(name = "Fulfillment exceptions", description = "Fulfillment orders late, stuck, rejected or with a delivery exception")
class FulfillmentExceptionController {

    private static final int MAX_SIZE = 100;

    private final FulfillmentExceptionsUseCase exceptions;

    FulfillmentExceptionController(FulfillmentExceptionsUseCase exceptions) {
        this.exceptions = exceptions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_ops')")
    @Operation(summary = "List fulfillment exceptions, newest first",
            description = """
                    LATE (not shipped by the planned ship date, or not delivered by the promised date), \
                    DELIVERY_EXCEPTION (the carrier said so), REJECTED (the location refused it), STUCK (no update \
                    for opendoms.fulfillment.exceptions.stuck-after, default 48 hours). Each is raised once per kind while open (fulfillment.exception-raised) and \
                    cleared when resolved or acknowledged (fulfillment.exception-cleared). open=true: open ones \
                    only, open=false: cleared ones only; invalid parameters are 400.""")
    FulfillmentExceptionListResponse list(
            @Parameter(schema = @Schema(type = "boolean"))
            @RequestParam(required = false) String open,
            @Parameter(description = "0-based", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
            @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
            @RequestParam(required = false) String size) {
        List<FieldError> errors = new ArrayList<>();
        Boolean wanted = null;
        if (open != null && !open.isBlank()) {
            if (open.trim().equalsIgnoreCase("true") || open.trim().equalsIgnoreCase("false")) {
                wanted = Boolean.valueOf(open.trim());
            } else {
                errors.add(new FieldError("open", "must be true or false"));
            }
        }
        int pageNumber = WebhookInboxController.number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = WebhookInboxController.number("size", size, 20, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException("Invalid parameters: " + String.join(", ",
                    errors.stream().map(FieldError::field).toList()), errors);
        }
        FulfillmentExceptionsPort.Page found = exceptions.list(wanted, pageNumber, pageSize);
        return new FulfillmentExceptionListResponse(
                found.items().stream().map(FulfillmentExceptionResponse::of).toList(), pageNumber, pageSize,
                found.totalItems());
    }

    @PostMapping("/{exceptionId}/clear")
    @PreAuthorize("hasAuthority('SCOPE_ops')")
    @Operation(summary = "Ops acknowledge a fulfillment exception",
            description = """
                    Clears it (fulfillment.exception-cleared, clearedBy ACKNOWLEDGED): the only way a REJECTED one \
                    ends. One cleared already is answered as it is; 404 for an unknown id. No body.""")
    FulfillmentExceptionResponse clear(@PathVariable UUID exceptionId) {
        return FulfillmentExceptionResponse.of(exceptions.clear(exceptionId));
    }
}
