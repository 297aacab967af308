package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import java.util.List;

/** Relative changes applied together, in order: all of them or none. */
public record AdjustStockCommand(List<Adjustment> adjustments) {

    public AdjustStockCommand {
        adjustments = List.copyOf(adjustments);
    }

    public record Adjustment(StockKey key, int delta, String reason) {
    }
}
