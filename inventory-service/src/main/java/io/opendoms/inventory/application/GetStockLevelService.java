package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class GetStockLevelService implements GetStockLevelUseCase {

    private final KnownStockKeys known;
    private final StockPort stock;

    GetStockLevelService(KnownStockKeys known, StockPort stock) {
        this.known = known;
        this.stock = stock;
    }

    @Override
    public StockLevel get(StockKey key) {
        return stock.find(key).orElseGet(() -> {
            known.require(key);
            return StockLevel.empty(key);
        });
    }
}
