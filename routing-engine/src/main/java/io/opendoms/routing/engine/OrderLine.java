package io.opendoms.routing.engine;

import java.util.Objects;

public record OrderLine(String lineId, String sku, int quantity) {

    public OrderLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(sku, "sku");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
