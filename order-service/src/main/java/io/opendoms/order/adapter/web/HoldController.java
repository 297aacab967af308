package io.opendoms.order.adapter.web;

import io.opendoms.order.application.HoldRulesPort.VersionedHoldRules;
import io.opendoms.order.application.HoldRulesService;
import io.opendoms.order.application.ReleaseOrderUseCase;
import io.opendoms.order.domain.HoldRules;
import io.opendoms.order.domain.InvalidHoldRulesException;
import io.opendoms.order.domain.OrderNotOnHoldException;
import io.opendoms.platform.security.CurrentClient;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ops' side of holds: the rules that hold orders at capture, and the release of a held order. */
@RestController
@Tag(name = "Order holds")
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class HoldController {

    private final HoldRulesService holdRules;
    private final ReleaseOrderUseCase releaseOrder;
    private final OrderWebMapper mapper;

    HoldController(HoldRulesService holdRules, ReleaseOrderUseCase releaseOrder, OrderWebMapper mapper) {
        this.holdRules = holdRules;
        this.releaseOrder = releaseOrder;
        this.mapper = mapper;
    }

    @Schema(example = """
            {"maxOrderTotal": 2500.00, "maxUnitsPerSku": 20, "blockedEmailDomains": ["fraud.example"],
             "servedCountries": ["US"]}""")
    record HoldRulesRequest(
            @Schema(description = "An order whose total is above it is held; absent: no limit") BigDecimal maxOrderTotal,
            @Schema(description = "More units of one SKU (over all lines) are held; absent: no limit")
            Integer maxUnitsPerSku,
            @Schema(description = "Customer email domains (and their subdomains) to hold") @NotNull
            @Size(max = 500) List<String> blockedEmailDomains,
            @Schema(description = "Shipping countries served (ISO 3166-1 alpha-2); empty: every country")
            @NotNull @Size(max = 500) List<String> servedCountries) {
    }

    record HoldRulesResponse(long version, BigDecimal maxOrderTotal, Integer maxUnitsPerSku,
                             List<String> blockedEmailDomains, List<String> servedCountries, Instant updatedAt,
                             String updatedBy) {

        static HoldRulesResponse of(VersionedHoldRules versioned) {
            HoldRules rules = versioned.rules();
            return new HoldRulesResponse(versioned.version(), rules.maxOrderTotal(), rules.maxUnitsPerSku(),
                    rules.blockedEmailDomains(), rules.servedCountries(), versioned.updatedAt(), versioned.updatedBy());
        }
    }

    record ReleaseRequest(@Size(max = 500) String note) {
    }

    @Operation(summary = "The hold rules in force", description = """
            Version 0 (no rules) until ops set some. Beside these rules, every US shipping address is checked \
            against the ZIP table: a postal code that does not exist (UNKNOWN_POSTAL_CODE), or coordinates more \
            than 150 km from the postal code's area (ADDRESS_GEO_MISMATCH), hold the order too.""")
    @GetMapping("/hold-rules")
    @PreAuthorize("hasAuthority('SCOPE_ops')")
    HoldRulesResponse get() {
        return HoldRulesResponse.of(holdRules.current());
    }

    @Operation(summary = "Replace the hold rules", description = """
            The whole document; it applies to orders captured from now on (orders already captured keep their \
            status), is kept across restarts and gets the next version. An order breaking a rule is captured \
            ON_HOLD with holdReasons, and nothing sources it until ops release it. A document that does not \
            validate is 400 (unreadable) or 422 naming each bad field, and the rules in force stay.""")
    @ApiResponse(responseCode = "200", description = "The rules now in force, with their version")
    @ApiResponse(responseCode = "400", description = "Unreadable document",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @PutMapping(path = "/hold-rules", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_ops')")
    HoldRulesResponse replace(@Valid @RequestBody HoldRulesRequest request) {
        try {
            return HoldRulesResponse.of(holdRules.replace(new HoldRules(request.maxOrderTotal(),
                    request.maxUnitsPerSku(), request.blockedEmailDomains(), request.servedCountries()),
                    CurrentClient.get().clientId()));
        } catch (InvalidHoldRulesException e) {
            throw new UnprocessableException("The hold rules have invalid fields; the rules in force stay.",
                    e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
    }

    @Operation(summary = "Release an order held at capture", description = """
            The order becomes RECEIVED and is sourced as if it had just arrived; its holdReasons are cleared (the \
            timeline keeps them, with who released it and the optional note). An order that is not ON_HOLD is \
            409 and nothing changes.""")
    @ApiResponse(responseCode = "200", description = "The released order")
    @ApiResponse(responseCode = "404", description = "Unknown order",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The order is not on hold",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{orderId}/release")
    @PreAuthorize("hasAuthority('SCOPE_ops')")
    OrderResponse release(@PathVariable UUID orderId, @Valid @RequestBody(required = false) ReleaseRequest request) {
        try {
            return mapper.toResponse(releaseOrder.release(orderId, CurrentClient.get().clientId(),
                    request == null ? null : request.note()));
        } catch (OrderNotOnHoldException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
