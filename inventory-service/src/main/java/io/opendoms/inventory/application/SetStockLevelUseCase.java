package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockLevel;

public interface SetStockLevelUseCase {

    /** @throws io.opendoms.platform.web.NotFoundException for an unknown location or SKU */
    StockLevel set(SetStockLevelCommand command);
}
