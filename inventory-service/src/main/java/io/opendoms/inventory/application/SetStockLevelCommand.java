package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import java.time.Instant;
import java.util.Objects;

/**
 * An absolute count from the WMS, taken as of {@code countedAt} (null: now); a null safety stock keeps the
 * current one (0 for a new row). {@code clientId} is recorded in the ledger.
 */
public record SetStockLevelCommand(StockKey key, int onHand, Integer safetyStock, Instant countedAt,
                                   String clientId) {

    public SetStockLevelCommand {
        Objects.requireNonNull(key, "key");
    }
}
