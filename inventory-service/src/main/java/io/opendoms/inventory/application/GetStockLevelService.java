package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.platform.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class GetStockLevelService implements GetStockLevelUseCase {

    private final LocationsPort locations;
    private final ItemsPort items;
    private final StockPort stock;

    GetStockLevelService(LocationsPort locations, ItemsPort items, StockPort stock) {
        this.locations = locations;
        this.items = items;
        this.stock = stock;
    }

    @Override
    public StockLevel get(StockKey key) {
        return stock.find(key).orElseGet(() -> {
            if (locations.existing(List.of(key.locationId())).isEmpty()) {
                throw new NotFoundException("Location " + key.locationId() + " does not exist");
            }
            if (items.existing(List.of(key.sku())).isEmpty()) {
                throw new NotFoundException("Item " + key.sku() + " does not exist");
            }
            return StockLevel.empty(key);
        });
    }
}
