package io.opendoms.routing.application;

import java.util.Objects;

public record UpdateStockCommand(String locationId, String sku, int available) {

    public UpdateStockCommand {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(sku, "sku");
    }
}
