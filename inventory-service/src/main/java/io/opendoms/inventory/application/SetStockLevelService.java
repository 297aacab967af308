package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.platform.web.NotFoundException;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SetStockLevelService implements SetStockLevelUseCase {

    private final LocationsPort locations;
    private final ItemsPort items;
    private final StockPort stock;
    private final PublishInventoryEventsPort events;

    SetStockLevelService(LocationsPort locations, ItemsPort items, StockPort stock, PublishInventoryEventsPort events) {
        this.locations = locations;
        this.items = items;
        this.stock = stock;
        this.events = events;
    }

    @Override
    @Transactional
    public StockLevel set(SetStockLevelCommand command) {
        StockKey key = command.key();
        if (locations.existing(List.of(key.locationId())).isEmpty()) {
            throw new NotFoundException("Location " + key.locationId() + " does not exist");
        }
        if (items.existing(List.of(key.sku())).isEmpty()) {
            throw new NotFoundException("Item " + key.sku() + " does not exist");
        }
        StockLevel current = stock.lockOrCreate(new TreeSet<>(List.of(key))).getFirst();
        StockLevel next = current.snapshot(command.onHand(), command.safetyStock());
        stock.saveCounts(next);
        events.stockChanged(next, StockChangeReasons.SNAPSHOT);
        return next;
    }
}
