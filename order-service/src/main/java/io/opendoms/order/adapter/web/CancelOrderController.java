package io.opendoms.order.adapter.web;

import io.opendoms.order.application.CancelOrderCommand;
import io.opendoms.order.application.CancelOrderUseCase;
import io.opendoms.order.domain.CancelConflictException;
import io.opendoms.order.domain.UnknownLinesException;
import io.opendoms.platform.security.ClientIdentity;
import io.opendoms.platform.security.CurrentClient;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
class CancelOrderController {

    private static final Pattern PRINTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final CancelOrderUseCase cancelOrder;
    private final OrderWebMapper mapper;

    CancelOrderController(CancelOrderUseCase cancelOrder, OrderWebMapper mapper) {
        this.cancelOrder = cancelOrder;
        this.mapper = mapper;
    }

    @PostMapping("/{orderId}/cancel")
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    @Operation(summary = "Cancel an order or some line quantities", description = """
            Cancels the given line quantities, or every unit that has not shipped when lines is absent, by the \
            owning channel or ops. The cancelled units are taken off the order at once (status CANCELLED when \
            nothing is left); backordered units are cancelled by routing, units in fulfillment orders at their \
            locations. A location that is already picking them refuses: those units count as not cancelled \
            again and the timeline says so (a CANCEL_REFUSED entry).

            409 when a line asks for more than it can still cancel (units that shipped cannot be), naming what \
            each such line can still cancel; nothing is cancelled then. A whole-order cancel that finds nothing \
            left answers the order unchanged. With an Idempotency-Key header a repeated request changes nothing \
            (the same key with another request is 409).""")
    @ApiResponse(responseCode = "200", description = "The order after the cancellation")
    @ApiResponse(responseCode = "404", description = "Unknown order, or another channel's",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Asks more than can be cancelled, or key reused",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    OrderResponse cancel(
            @PathVariable UUID orderId,
            @Parameter(in = ParameterIn.HEADER, description = "optional, 1 to 128 printable ASCII characters",
                    schema = @Schema(type = "string", maxLength = 128))
            @RequestHeader(name = OrderController.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody CancelOrderRequest request) {
        if (idempotencyKey != null && !PRINTABLE_KEY.matcher(idempotencyKey).matches()) {
            throw new BadRequestException("The Idempotency-Key header is invalid.",
                    List.of(new FieldError(OrderController.IDEMPOTENCY_KEY,
                            "must be 1 to 128 printable ASCII characters")));
        }
        Map<String, Integer> lines = null;
        if (request.lines() != null) {
            lines = new LinkedHashMap<>();
            List<FieldError> errors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.lines().size(); i++) {
                CancelOrderRequest.Line line = request.lines().get(i);
                if (!seen.add(line.lineId())) {
                    errors.add(new FieldError("lines[" + i + "].lineId", "is repeated"));
                }
                lines.put(line.lineId(), line.quantity());
            }
            if (!errors.isEmpty()) {
                throw new UnprocessableException("The cancellation has invalid fields", errors);
            }
        }
        ClientIdentity client = CurrentClient.get();
        try {
            return mapper.toResponse(cancelOrder.cancel(new CancelOrderCommand(orderId, lines, request.reason(),
                    client.clientId(), client.visibleChannel(), idempotencyKey)));
        } catch (CancelConflictException e) {
            throw new ConflictException(e.getMessage());
        } catch (UnknownLinesException e) {
            throw new UnprocessableException("The cancellation names lines the order does not have",
                    e.lineIds().stream().map(id -> new FieldError("lines", "the order has no line " + id)).toList());
        }
    }
}
