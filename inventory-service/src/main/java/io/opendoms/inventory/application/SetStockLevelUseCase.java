package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockLevel;

public interface SetStockLevelUseCase {

    /**
     * Applies the count as of its {@code countedAt}: on hand becomes the count plus the physical movements that
     * occurred after that instant (shipments, adjustments), recorded in the ledger.
     *
     * @throws io.opendoms.platform.web.NotFoundException for an unknown location or SKU
     * @throws InvalidCountedAtException when {@code countedAt} is later than now (beyond the clock skew allowed) or
     *     before 2000
     * @throws io.opendoms.inventory.domain.StaleCountException when a later count was applied already
     */
    StockLevel set(SetStockLevelCommand command);
}
