package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.CheckoutHoldsService;
import io.opendoms.inventory.application.PlaceHoldCommand;
import io.opendoms.inventory.application.PlaceHoldUseCase;
import io.opendoms.inventory.domain.HoldRequestLine;
import io.opendoms.platform.security.ClientIdentity;
import io.opendoms.platform.security.CurrentClient;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checkout holds")
@RequestMapping("/api/v1/reservations")
class HoldController {

    private final PlaceHoldUseCase placeHold;
    private final CheckoutHoldsService holds;

    HoldController(PlaceHoldUseCase placeHold, CheckoutHoldsService holds) {
        this.placeHold = placeHold;
        this.holds = holds;
    }

    @Operation(summary = "Hold stock for a checkout, all or nothing, until the TTL runs out", description = """
            Reserves every line for ttlSeconds (default 900; 1 to 86400 unless configured otherwise): the units \
            are not available to anyone else until the hold is released (DELETE), expires (by itself, within \
            seconds of expiresAt), or an order that names it as reservationId takes its units over. Each stock \
            level is checked and reserved by one atomic conditional update, so concurrent holds never oversell.

            With locationId (an active location) every line is held there. Without it: at the one active location \
            that covers every line, the one with the most units of the requested SKUs available in total (then \
            the smallest location id); when no location covers every line, each line at the active location with \
            the most of its SKU available (then the smallest id). A line is never split across locations.

            Not enough stock is 409 naming each short line in errors[] (lines[i].quantity) and nothing is \
            reserved. One line per SKU (a repeated SKU is 400), quantities 1 or more, at most 100 lines. Unknown \
            SKUs or location are 404 naming each (lines[i].sku, locationId); an inactive location is 422.

            Optional Idempotency-Key (per client): the same key with the same request answers the hold it placed \
            (201, as the hold is now, header Idempotent-Replayed: true) and reserves nothing, also when the \
            repeats race; the same key with another request is 409. Only a request that placed a hold keeps its key.""")
    @ApiResponse(responseCode = "201", description = "Held; Location names the hold")
    @ApiResponse(responseCode = "400", description = "Unreadable request or invalid fields, each named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown SKUs or location, each named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Not enough stock (the short lines in errors[]), or the "
            + "Idempotency-Key was used for another request", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "The location is not active",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:write', 'SCOPE_orders:write')")
    ResponseEntity<HoldResponse> place(
            @Parameter(description = "1 to 128 printable ASCII characters; optional",
                    schema = @Schema(type = "string", maxLength = 128))
            @RequestHeader(name = StockController.IDEMPOTENCY_KEY, required = false)
            @Pattern(regexp = StockController.KEY_PATTERN, message = "must be 1 to 128 printable ASCII characters")
            String key,
            @Valid @RequestBody HoldRequest request) {
        rejectRepeatedSkus(request);
        PlaceHoldUseCase.Placed placed = placeHold.place(new PlaceHoldCommand(CurrentClient.get().clientId(), key,
                new PlaceHoldCommand.Request(
                        request.lines().stream().map(line -> new HoldRequestLine(line.sku(), line.quantity())).toList(),
                        request.ttlSeconds() == null ? null : Duration.ofSeconds(request.ttlSeconds()),
                        request.locationId())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/reservations/" + placed.hold().id()))
                .header(StockController.REPLAYED, String.valueOf(placed.replayed()))
                .body(HoldResponse.of(placed.hold()));
    }

    @Operation(summary = "One checkout hold", description = "A hold of another client is 404 (ops see every hold).")
    @ApiResponse(responseCode = "200", description = "The hold")
    @ApiResponse(responseCode = "404", description = "Unknown hold", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write', 'SCOPE_orders:read', "
            + "'SCOPE_orders:write')")
    HoldResponse get(@PathVariable UUID id) {
        return HoldResponse.of(holds.get(id, caller()));
    }

    @Operation(summary = "Release a checkout hold", description = """
            Gives back every unit the hold reserves and answers it with status RELEASED. Releasing a hold that \
            already ended (released, expired, cut by a shortage) changes nothing and answers it as it is; a hold \
            converted into an order's reservation is 409 (cancel the order instead).""")
    @ApiResponse(responseCode = "200", description = "The hold after the release")
    @ApiResponse(responseCode = "404", description = "Unknown hold", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The hold was converted into an order's reservation",
            content = @Content(mediaType = "application/problem+json"))
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:write', 'SCOPE_orders:write')")
    HoldResponse release(@PathVariable UUID id) {
        return HoldResponse.of(holds.release(id, caller()));
    }

    @Operation(summary = "Extend a checkout hold", description = """
            The hold now expires ttlSeconds from now (within the configured bounds, 1 to 86400 by default; it may \
            be sooner than before). Only a hold that is ACTIVE and not yet past its expiresAt; otherwise 409.""")
    @ApiResponse(responseCode = "200", description = "The hold with its new expiresAt")
    @ApiResponse(responseCode = "400", description = "Invalid ttlSeconds", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown hold", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The hold ended or expired",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/extend")
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:write', 'SCOPE_orders:write')")
    HoldResponse extend(@PathVariable UUID id, @Valid @RequestBody ExtendHoldRequest request) {
        return HoldResponse.of(holds.extend(id, Duration.ofSeconds(request.ttlSeconds()), caller()));
    }

    private static CheckoutHoldsService.Caller caller() {
        ClientIdentity client = CurrentClient.get();
        return new CheckoutHoldsService.Caller(client.clientId(), client.isOps());
    }

    /** One line per SKU: a repeated SKU names each repetition. */
    private static void rejectRepeatedSkus(HoldRequest request) {
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            if (!seen.add(request.lines().get(i).sku())) {
                errors.add(new FieldError("lines[" + i + "].sku", "repeats the SKU of an earlier line"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(Problems.invalidFields(errors), errors);
        }
    }
}
