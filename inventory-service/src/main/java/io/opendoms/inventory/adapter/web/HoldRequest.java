package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.inventory.domain.StockLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A checkout hold: one line per SKU, for ttlSeconds, at locationId or wherever the stock is. */
@Schema(example = """
        {"lines": [{"sku": "SKU-1", "quantity": 2}, {"sku": "SKU-2", "quantity": 1}], "ttlSeconds": 900}""")
public record HoldRequest(
        @NotEmpty @Size(max = MAX_LINES) List<@NotNull @Valid Line> lines,
        @Schema(description = "How long the hold reserves its lines; default 900, within the configured bounds "
                + "(1 to 86400 by default)")
        Integer ttlSeconds,
        @Schema(description = "Hold every line at this active location; without it, where the stock is")
        @Pattern(regexp = ExternalIds.PATTERN) String locationId) {

    static final int MAX_LINES = 100;

    public record Line(
            @NotNull @Pattern(regexp = ExternalIds.PATTERN) String sku,
            @NotNull @Min(1) @Max(StockLevel.MAX_QUANTITY) Integer quantity) {
    }
}
