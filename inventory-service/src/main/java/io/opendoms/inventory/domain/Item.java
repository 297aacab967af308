package io.opendoms.inventory.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An entry of the item master. */
public record Item(
        String sku,
        String name,
        BigDecimal weightKg,
        boolean returnable,
        int returnWindowDays,
        boolean dcOnly,
        boolean shipAlone) {

    public Item {
        ExternalIds.require(sku, "sku");
        Objects.requireNonNull(name, "name");
        if (weightKg == null || weightKg.signum() <= 0) {
            throw new IllegalArgumentException("weightKg must be positive");
        }
        if (returnWindowDays < 0) {
            throw new IllegalArgumentException("returnWindowDays must not be negative");
        }
    }
}
