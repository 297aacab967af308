package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockLevel;
import java.util.List;

public interface AdjustStockUseCase {

    /**
     * Applies every adjustment or none; returns the resulting stock of each row touched, in key order.
     *
     * @throws io.opendoms.platform.web.UnprocessableException for unknown locations or SKUs
     * @throws io.opendoms.platform.web.ConflictException when on hand would go negative
     */
    List<StockLevel> adjust(AdjustStockCommand command);
}
