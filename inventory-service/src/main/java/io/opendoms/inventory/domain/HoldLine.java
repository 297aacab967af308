package io.opendoms.inventory.domain;

import java.util.Objects;

/** Units of one SKU a checkout hold reserves at one location; a shortage may cut them down to 0. */
public record HoldLine(StockKey key, int quantity) {

    public HoldLine {
        Objects.requireNonNull(key, "key");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
    }
}
