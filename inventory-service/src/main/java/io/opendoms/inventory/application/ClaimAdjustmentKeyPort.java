package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Idempotency-Keys of stock adjustments, per client. */
public interface ClaimAdjustmentKeyPort {

    /**
     * Claims the client's key for {@code adjustments} in the current transaction; or, when the key is already
     * taken (also by a concurrent transaction, which this one then waits for), returns the earlier request and
     * its result and claims nothing.
     */
    Optional<AdjustmentRecord> claim(String clientId, String key, List<AdjustStockCommand.Adjustment> adjustments,
                                     Instant at);

    /** Stores the answer of the request that claimed the key, in the same transaction. */
    void complete(String clientId, String key, List<StockLevel> result);

    /** What a key did: the adjustments it applied and the stock it answered. */
    record AdjustmentRecord(List<AdjustStockCommand.Adjustment> adjustments, List<StockLevel> result) {
    }
}
