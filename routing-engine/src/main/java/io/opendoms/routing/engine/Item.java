package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.util.Objects;

/** Routing's view of an item: what matters for weight-based pricing and sourcing rules. */
public record Item(String sku, BigDecimal weightKg, boolean dcOnly, boolean shipAlone) {

    public Item {
        Objects.requireNonNull(sku, "sku");
        weightKg = weightKg == null ? BigDecimal.ZERO : weightKg;
    }

    /** An item routing has not heard of yet weighs nothing and has no restrictions. */
    public static Item unknown(String sku) {
        return new Item(sku, BigDecimal.ZERO, false, false);
    }
}
