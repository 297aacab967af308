package io.opendoms.returns.adapter.web;

import io.opendoms.platform.security.CurrentClient;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.returns.application.CreateReturnCommand;
import io.opendoms.returns.application.CreateReturnUseCase;
import io.opendoms.returns.application.ManageReturnsService;
import io.opendoms.returns.domain.LineDecision;
import io.opendoms.returns.domain.ReturnAuthorization;
import io.opendoms.returns.domain.ReturnMethod;
import io.opendoms.returns.domain.ReturnNotCancellableException;
import io.opendoms.returns.domain.ReturnStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Returns (RMAs) of delivered order lines (api.md § Returns). */
@RestController
@Tag(name = "Returns")
@RequestMapping(path = "/api/v1/returns", produces = MediaType.APPLICATION_JSON_VALUE)
class ReturnsController {

    private final CreateReturnUseCase createReturn;
    private final ManageReturnsService returns;

    ReturnsController(CreateReturnUseCase createReturn, ManageReturnsService returns) {
        this.createReturn = createReturn;
        this.returns = returns;
    }

    @Schema(example = """
            {"orderId": "3f1c2b9e-5a77-4a8e-9d0e-6b1f0c2d4e5a", "method": "MAIL",
             "lines": [{"lineId": "1", "quantity": 1, "reason": "DAMAGED"}]}""")
    record ReturnRequest(
            @NotNull UUID orderId,
            @NotNull ReturnMethod method,
            @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String storeLocationId,
            @NotNull @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {

        @Schema(name = "ReturnRequestLine")
        record Line(@NotBlank @Size(max = 100) String lineId, @NotNull @Min(1) @Max(10_000) Integer quantity,
                    @Schema(example = "DAMAGED", description = "the customer's reason; a configured restocking fee "
                            + "applies to the exact reason") @NotBlank @Size(max = 64) String reason) {
        }
    }

    /** {@code reason}: why a line was refused (absent when eligible); {@code returnReason}: the customer's. */
    record ReturnResponse(UUID id, UUID orderId, ReturnStatus status, ReturnMethod method, String storeLocationId,
                          List<Line> lines, ReturnAuthorization.Label label, String currency,
                          BigDecimal refundAmount, Instant createdAt, Instant updatedAt) {

        @Schema(name = "ReturnLine")
        record Line(String lineId, String sku, int quantity, String returnReason, boolean eligible, String reason,
                    String detail, BigDecimal refundAmount) {
        }

        static ReturnResponse of(ReturnAuthorization r) {
            return new ReturnResponse(r.id(), r.orderId(), r.status(), r.method(), r.storeLocationId(),
                    r.lines().stream().map(ReturnResponse::line).toList(), r.label(), r.currency(), r.refundAmount(),
                    r.createdAt(), r.updatedAt());
        }

        private static Line line(LineDecision d) {
            return new Line(d.lineId(), d.sku(), d.quantity(), d.reason(), d.eligible(),
                    d.refusal() == null ? null : d.refusal().name(), d.refusalDetail(), d.refundAmount());
        }
    }

    record ReturnsResponse(List<ReturnResponse> items) {
    }

    @Operation(summary = "Return delivered lines", description = """
            Each line is eligible or refused with its reason: NOT_IN_ORDER, NOT_DELIVERED, NOT_RETURNABLE (the \
            item), RETURN_WINDOW_CLOSED (the item's window counts from each delivery), QUANTITY_EXCEEDS_RETURNABLE \
            (more than delivered within the window less what is already returned or in an open return), \
            DUPLICATE_LINE. The return holds the eligible lines; when none is, the answer is 422 listing why \
            per line (lines[i]) and nothing is created. MAIL returns get a prepaid label (carrier and tracking \
            number); STORE returns name storeLocationId, an active location with the RETURNS or PICKUP capability \
            (else 422). refundAmount: unit price × quantity, less the restocking fee of the reason. A channel \
            returns only its own orders (another's is 404); two returns racing for the same line never take \
            more than was delivered.""")
    @ApiResponse(responseCode = "201", description = "The return, AUTHORIZED")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown order, or another channel's",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "No line can be returned (why, per line), or the store takes "
            + "no returns", content = @Content(mediaType = "application/problem+json"))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_returns:write')")
    ResponseEntity<ReturnResponse> create(@Valid @RequestBody ReturnRequest request) {
        if (request.method() == ReturnMethod.STORE && request.storeLocationId() == null) {
            throw new BadRequestException("A STORE return names its store.",
                    List.of(new FieldError("storeLocationId", "is required for a STORE return")));
        }
        if (request.method() == ReturnMethod.MAIL && request.storeLocationId() != null) {
            throw new BadRequestException("A MAIL return goes to no store.",
                    List.of(new FieldError("storeLocationId", "only for a STORE return")));
        }
        ReturnAuthorization created = createReturn.create(new CreateReturnCommand(request.orderId(), CurrentClient.get().visibleChannel(),
                request.method(), request.storeLocationId(), request.lines().stream()
                .map(l -> new CreateReturnCommand.Line(l.lineId(), l.quantity(), l.reason())).toList()));
        return ResponseEntity.created(URI.create("/api/v1/returns/" + created.id())).body(ReturnResponse.of(created));
    }

    @Operation(summary = "A return")
    @ApiResponse(responseCode = "404", description = "Unknown, or another channel's",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_returns:read')")
    ReturnResponse get(@PathVariable UUID id) {
        return ReturnResponse.of(returns.get(id, CurrentClient.get().visibleChannel()));
    }

    @Operation(summary = "The returns of an order, oldest first")
    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_returns:read')")
    ReturnsResponse byOrder(@RequestParam UUID orderId) {
        return new ReturnsResponse(returns.byOrder(orderId, CurrentClient.get().visibleChannel()).stream().map(ReturnResponse::of).toList());
    }

    @Operation(summary = "Cancel a return", description = """
            Only while AUTHORIZED (nothing on its way); a cancelled return holds no units any more. Cancelling a \
            cancelled return answers it again; a later status is 409.""")
    @ApiResponse(responseCode = "404", description = "Unknown, or another channel's",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Its units are on their way or back",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('SCOPE_returns:write')")
    ReturnResponse cancel(@PathVariable UUID id) {
        try {
            return ReturnResponse.of(returns.cancel(id, CurrentClient.get().visibleChannel()));
        } catch (ReturnNotCancellableException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
