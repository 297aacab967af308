package io.opendoms.inventory.domain;

import java.util.Objects;

/** Units of one SKU a checkout asks to hold. */
public record HoldRequestLine(String sku, int quantity) {

    public HoldRequestLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
