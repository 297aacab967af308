package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockRuleViolation;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AdjustStockService implements AdjustStockUseCase {

    private final LocationsPort locations;
    private final ItemsPort items;
    private final StockPort stock;
    private final PublishInventoryEventsPort events;

    AdjustStockService(LocationsPort locations, ItemsPort items, StockPort stock, PublishInventoryEventsPort events) {
        this.locations = locations;
        this.items = items;
        this.stock = stock;
        this.events = events;
    }

    @Override
    @Transactional
    public List<StockLevel> adjust(AdjustStockCommand command) {
        List<AdjustStockCommand.Adjustment> adjustments = command.adjustments();
        requireKnown(adjustments);
        SortedMap<StockKey, StockLevel> levels = new TreeMap<>(stock.lockOrCreate(adjustments.stream()
                        .map(AdjustStockCommand.Adjustment::key)
                        .collect(Collectors.toCollection(TreeSet::new)))
                .stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity())));
        List<StockLevel> after = new ArrayList<>(adjustments.size());
        for (int i = 0; i < adjustments.size(); i++) {
            AdjustStockCommand.Adjustment adjustment = adjustments.get(i);
            try {
                StockLevel next = levels.get(adjustment.key()).adjust(adjustment.delta());
                levels.put(next.key(), next);
                after.add(next);
            } catch (StockRuleViolation e) {
                // throwing rolls back the rows created above too: nothing of the request remains
                throw new ConflictException("adjustments[" + i + "]: " + e.getMessage() + "; nothing was changed");
            }
        }
        levels.values().forEach(stock::saveCounts);
        for (int i = 0; i < adjustments.size(); i++) {
            events.stockChanged(after.get(i), adjustments.get(i).reason());
        }
        return List.copyOf(levels.values());
    }

    private void requireKnown(List<AdjustStockCommand.Adjustment> adjustments) {
        Set<String> knownLocations = locations.existing(adjustments.stream().map(a -> a.key().locationId()).toList());
        Set<String> knownSkus = items.existing(adjustments.stream().map(a -> a.key().sku()).toList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < adjustments.size(); i++) {
            StockKey key = adjustments.get(i).key();
            if (!knownLocations.contains(key.locationId())) {
                errors.add(new FieldError("adjustments[" + i + "].locationId", "unknown location " + key.locationId()));
            }
            if (!knownSkus.contains(key.sku())) {
                errors.add(new FieldError("adjustments[" + i + "].sku", "unknown SKU " + key.sku()));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("Unknown locations or SKUs", errors);
        }
    }
}
