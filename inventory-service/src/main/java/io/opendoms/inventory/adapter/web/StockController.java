package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.AdjustStockUseCase;
import io.opendoms.inventory.application.AdjustedStock;
import io.opendoms.inventory.application.GetStockLevelUseCase;
import io.opendoms.inventory.application.GetStockMovementsService;
import io.opendoms.inventory.application.SetStockLevelUseCase;
import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.platform.security.CurrentClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stock")
@RequestMapping("/api/v1/stock")
class StockController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** 1 to 128 printable ASCII characters, not all spaces (as order capture takes them). */
    static final String KEY_PATTERN = "(?=.*[\\x21-\\x7E])[\\x20-\\x7E]{1,128}";
    static final int MAX_PAGE_SIZE = 100;

    private final SetStockLevelUseCase setStockLevel;
    private final GetStockLevelUseCase getStockLevel;
    private final AdjustStockUseCase adjustStock;
    private final GetStockMovementsService getMovements;
    private final StockWebMapper mapper;

    StockController(SetStockLevelUseCase setStockLevel, GetStockLevelUseCase getStockLevel,
                    AdjustStockUseCase adjustStock, GetStockMovementsService getMovements, StockWebMapper mapper) {
        this.setStockLevel = setStockLevel;
        this.getStockLevel = getStockLevel;
        this.adjustStock = adjustStock;
        this.getMovements = getMovements;
        this.mapper = mapper;
    }

    @Operation(summary = "Set stock from an absolute WMS count, as of when it was taken", description = """
            A count as of countedAt (default now) reflects every physical movement before that instant; the \
            movements the service recorded as occurring after it (shipments by the time they left, adjustments) \
            are applied on top: onHand = count + their deltas (floored at 0). So a count that arrives after a \
            shipment it predates does not bring the shipped units back, and a shipment reported after a count \
            taken after it left is not deducted again (its reservation is still consumed). A count below what is \
            reserved is accepted as the truth, and what is no longer on the shelf is released at once: checkout \
            holds first, then order reservations, newest first (a reservation cut only in part when only part is \
            uncovered; the orders' routing is told by inventory.reservation-released), until reserved <= onHand. \
            Safety stock is replaced when given, otherwise kept. available = onHand - reserved - safetyStock, \
            floored at 0. Each count is recorded in the stock's movements.

            A count older than the last count applied to this stock is stale: 409, nothing changes (the newer \
            count already reflects everything the older one saw). The same count sent again is applied again \
            with the same result. countedAt later than now by more than a minute of clock skew, or before 2000, \
            is 400 naming countedAt; within the skew it is taken as now.""")
    @ApiResponse(responseCode = "200", description = "The stock after the count")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown location or SKU",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "A later count was applied already",
            content = @Content(mediaType = "application/problem+json"))
    @PutMapping("/{locationId}/{sku}")
    @PreAuthorize("hasAuthority('SCOPE_inventory:write')")
    StockResponse put(@PathVariable @Pattern(regexp = ExternalIds.PATTERN) String locationId,
                      @PathVariable @Pattern(regexp = ExternalIds.PATTERN) String sku,
                      @Valid @RequestBody StockSnapshotRequest request) {
        return mapper.toResponse(setStockLevel.set(mapper.toCommand(locationId, sku, request,
                CurrentClient.get().clientId())));
    }

    @Operation(summary = "Stock of one SKU at one location (zeros when never counted)")
    @GetMapping("/{locationId}/{sku}")
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write')")
    StockResponse get(@PathVariable String locationId, @PathVariable String sku) {
        return mapper.toResponse(getStockLevel.get(new StockKey(locationId, sku)));
    }

    @Operation(summary = "The movements of one SKU at one location, newest first", description = """
            The stock ledger: every change of onHand or reserved, recorded with the change itself — counts \
            (SNAPSHOT), ADJUSTMENT, RESERVATION of a routing decision, SHIPMENT, and OPENING_BALANCE for the \
            figures a stock level held when the ledger began. Each names its cause (reason, orderId, reference, \
            actor), the deltas and the figures after it: the deltas of a stock level sum to its current onHand \
            and reserved. A known location and SKU without stock have no movements; an unknown one is 404. \
            Invalid page or size is 400 naming it.""")
    @ApiResponse(responseCode = "200", description = "A page of movements")
    @ApiResponse(responseCode = "400", description = "Invalid page or size, named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown location or SKU",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{locationId}/{sku}/movements")
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write')")
    StockMovementsResponse movements(
            @PathVariable String locationId, @PathVariable String sku,
            @Parameter(description = "0-based") @RequestParam(defaultValue = "0") @Min(0)
            @Max(Integer.MAX_VALUE / MAX_PAGE_SIZE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return mapper.toResponse(getMovements.movements(new StockKey(locationId, sku), page, size));
    }

    @Operation(summary = "Apply relative adjustments, all or nothing, once per Idempotency-Key", description = """
            Applied in order, each recorded in the stock's movements with its reason and the key. Answers the \
            resulting stock of each row touched; on hand taken below what is reserved releases the uncovered units \
            as a lower count does (holds first, then the newest order reservations). All or nothing: when some lines would take on hand below zero, \
            the answer is 409 naming every such line in errors[] (adjustments[i].delta), and nothing changes; \
            an unknown location or SKU is 422 naming each (adjustments[i].locationId / .sku).

            Idempotent per client on the Idempotency-Key header, which is required (as on order capture): the \
            same key with the same adjustments answers the first result again (200, the same body, header \
            Idempotent-Replayed: true) and applies nothing, also when the repeats race; the same key with other \
            adjustments is 409. Only an applied request keeps its key: after a 409 or 422 the key may be used \
            again. A missing or invalid key is 400 naming Idempotency-Key.""")
    @ApiResponse(responseCode = "200", description = "Applied, or replayed for a repeated Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Unreadable request, invalid fields or a missing or invalid "
            + "Idempotency-Key, each named in errors[]", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "On hand would go negative (the lines named in errors[]), or "
            + "the Idempotency-Key was used for other adjustments",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Unknown locations or SKUs, named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/adjustments")
    @PreAuthorize("hasAuthority('SCOPE_inventory:write')")
    ResponseEntity<StockLevelsResponse> adjust(
            @Parameter(description = "1 to 128 printable ASCII characters",
                    schema = @Schema(type = "string", maxLength = 128))
            @RequestHeader(IDEMPOTENCY_KEY)
            @Pattern(regexp = KEY_PATTERN, message = "must be 1 to 128 printable ASCII characters") String key,
            @Valid @RequestBody StockAdjustmentsRequest request) {
        AdjustedStock adjusted = adjustStock.adjust(mapper.toCommand(request, CurrentClient.get().clientId(), key));
        return ResponseEntity.ok()
                .header(REPLAYED, String.valueOf(adjusted.replayed()))
                .body(new StockLevelsResponse(mapper.toResponses(adjusted.levels())));
    }
}
