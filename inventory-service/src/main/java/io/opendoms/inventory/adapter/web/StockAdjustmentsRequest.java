package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.inventory.domain.StockLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Relative changes applied in order, all or nothing. */
@Schema(example = """
        {"adjustments": [{"locationId": "DC-EAST", "sku": "SKU-1", "delta": -2, "reason": "DAMAGED"},
         {"locationId": "STORE-NYC-01", "sku": "SKU-1", "delta": 5, "reason": "RECOUNT"}]}""")
public record StockAdjustmentsRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid Adjustment> adjustments) {

    public record Adjustment(
            @NotNull @Pattern(regexp = ExternalIds.PATTERN) String locationId,
            @NotNull @Pattern(regexp = ExternalIds.PATTERN) String sku,
            @NotNull @Min(-StockLevel.MAX_QUANTITY) @Max(StockLevel.MAX_QUANTITY) Integer delta,
            @NotBlank @Size(max = 64) String reason) {
    }
}
