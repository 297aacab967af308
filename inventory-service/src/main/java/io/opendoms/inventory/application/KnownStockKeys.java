package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import io.opendoms.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Whether stock keys name locations and SKUs that exist. */
@Component
class KnownStockKeys {

    private final LocationsPort locations;
    private final ItemsPort items;

    KnownStockKeys(LocationsPort locations, ItemsPort items) {
        this.locations = locations;
        this.items = items;
    }

    /** @throws NotFoundException for an unknown location or SKU */
    void require(StockKey key) {
        if (locations.existing(List.of(key.locationId())).isEmpty()) {
            throw new NotFoundException("Location " + key.locationId() + " does not exist");
        }
        if (items.existing(List.of(key.sku())).isEmpty()) {
            throw new NotFoundException("Item " + key.sku() + " does not exist");
        }
    }

    /** Which of these SKUs exist. */
    Set<String> existingSkus(List<String> skus) {
        return items.existing(skus);
    }

    /** The keys (by index) that name an unknown location or SKU, in two queries. */
    List<UnknownStockException.UnknownTarget> unknownAmong(List<StockKey> keys) {
        Set<String> knownLocations = locations.existing(keys.stream().map(StockKey::locationId).toList());
        Set<String> knownSkus = items.existing(keys.stream().map(StockKey::sku).toList());
        List<UnknownStockException.UnknownTarget> unknown = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            StockKey key = keys.get(i);
            boolean locationUnknown = !knownLocations.contains(key.locationId());
            boolean skuUnknown = !knownSkus.contains(key.sku());
            if (locationUnknown || skuUnknown) {
                unknown.add(new UnknownStockException.UnknownTarget(i, key.locationId(), key.sku(), locationUnknown,
                        skuUnknown));
            }
        }
        return unknown;
    }
}
