package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;

public interface GetStockLevelUseCase {

    /**
     * Zero stock for a known location and SKU without a row yet.
     *
     * @throws io.opendoms.platform.web.NotFoundException for an unknown location or SKU
     */
    StockLevel get(StockKey key);
}
