package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.domain.StockLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An absolute count as of {@code countedAt} (default now); without {@code safetyStock} the current one stays (0 for
 * a new row).
 */
@Schema(example = """
        {"onHand": 10, "safetyStock": 2, "countedAt": "2026-11-22T18:00:00Z"}""")
public record StockSnapshotRequest(
        @NotNull @Min(0) @Max(StockLevel.MAX_QUANTITY) Integer onHand,
        @Min(0) @Max(StockLevel.MAX_QUANTITY) Integer safetyStock,
        @Schema(description = "When the count was taken (ISO-8601 instant); default now. Not in the future "
                + "(a minute of clock skew is taken as now), not before 2000.")
        Instant countedAt) {
}
