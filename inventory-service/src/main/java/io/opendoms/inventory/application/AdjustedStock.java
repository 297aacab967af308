package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockLevel;
import java.util.List;

/** The stock of each row an adjustment request touched, in key order; replayed when the key had been used. */
public record AdjustedStock(List<StockLevel> levels, boolean replayed) {

    public AdjustedStock {
        levels = List.copyOf(levels);
    }
}
