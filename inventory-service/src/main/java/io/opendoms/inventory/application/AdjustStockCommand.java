package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import java.util.List;
import java.util.Objects;

/**
 * Relative changes applied together, in order: all of them or none. Idempotent per client on the key: the same
 * key with the same adjustments answers the first result and applies nothing.
 */
public record AdjustStockCommand(String clientId, String idempotencyKey, List<Adjustment> adjustments) {

    public AdjustStockCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        adjustments = List.copyOf(adjustments);
    }

    public record Adjustment(StockKey key, int delta, String reason) {
    }
}
