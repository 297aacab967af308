package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.StockLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An absolute count; without {@code safetyStock} the current one stays (0 for a new row). */
@Schema(example = """
        {"onHand": 10, "safetyStock": 2}""")
public record StockSnapshotRequest(
        @NotNull @Min(0) @Max(StockLevel.MAX_QUANTITY) Integer onHand,
        @Min(0) @Max(StockLevel.MAX_QUANTITY) Integer safetyStock) {
}
