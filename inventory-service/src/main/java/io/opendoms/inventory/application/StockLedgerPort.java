package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockMovement;
import java.time.Instant;
import java.util.List;

/**
 * The stock ledger. Movements are recorded in the transaction that changes the stock, while it holds the stock
 * row's lock: a row's ledger is then complete and in the order of its changes.
 */
public interface StockLedgerPort {

    void record(List<StockMovement> movements);

    /** The sum of the physical deltas of the row's movements that occurred strictly after {@code instant}. */
    long physicalChangeAfter(StockKey key, Instant instant);

    /** The row's movements, newest first. */
    MovementPage page(StockKey key, int page, int size);
}
