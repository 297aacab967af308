package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.AdjustStockUseCase;
import io.opendoms.inventory.application.GetStockLevelUseCase;
import io.opendoms.inventory.application.SetStockLevelUseCase;
import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.inventory.domain.StockKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stock")
@RequestMapping("/api/v1/stock")
class StockController {

    private final SetStockLevelUseCase setStockLevel;
    private final GetStockLevelUseCase getStockLevel;
    private final AdjustStockUseCase adjustStock;
    private final StockWebMapper mapper;

    StockController(SetStockLevelUseCase setStockLevel, GetStockLevelUseCase getStockLevel,
                    AdjustStockUseCase adjustStock, StockWebMapper mapper) {
        this.setStockLevel = setStockLevel;
        this.getStockLevel = getStockLevel;
        this.adjustStock = adjustStock;
        this.mapper = mapper;
    }

    @Operation(summary = "Set stock from an absolute WMS count",
            description = "Replaces on hand (and safety stock when given; otherwise it stays). Reservations stand: "
                    + "a count below what is reserved is accepted as the truth, and available is then 0 (never "
                    + "negative). available = onHand - reserved - safetyStock, floored at 0.")
    @PutMapping("/{locationId}/{sku}")
    @PreAuthorize("hasAuthority('SCOPE_inventory:write')")
    StockResponse put(@PathVariable @Pattern(regexp = ExternalIds.PATTERN) String locationId,
                      @PathVariable @Pattern(regexp = ExternalIds.PATTERN) String sku,
                      @Valid @RequestBody StockSnapshotRequest request) {
        return mapper.toResponse(setStockLevel.set(mapper.toCommand(locationId, sku, request)));
    }

    @Operation(summary = "Stock of one SKU at one location (zeros when never counted)")
    @GetMapping("/{locationId}/{sku}")
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write')")
    StockResponse get(@PathVariable String locationId, @PathVariable String sku) {
        return mapper.toResponse(getStockLevel.get(new StockKey(locationId, sku)));
    }

    @Operation(summary = "Apply relative adjustments, all or nothing",
            description = "Applied in order; 409 when one would take on hand below zero, 422 for an unknown "
                    + "location or SKU, and then nothing changes. Answers the resulting stock of each row touched.")
    @PostMapping("/adjustments")
    @PreAuthorize("hasAuthority('SCOPE_inventory:write')")
    StockLevelsResponse adjust(@Valid @RequestBody StockAdjustmentsRequest request) {
        return new StockLevelsResponse(mapper.toResponses(adjustStock.adjust(mapper.toCommand(request))));
    }
}
