package io.opendoms.routing.engine;

import java.util.Map;

/** A snapshot of the fulfilment network a plan is made against: locations, items and available stock. */
public record Network(Map<String, Location> locations, Map<String, Item> items, Map<StockKey, Integer> available) {

    public Network {
        locations = Map.copyOf(locations);
        items = Map.copyOf(items);
        available = Map.copyOf(available);
    }

    public Item item(String sku) {
        return items.getOrDefault(sku, Item.unknown(sku));
    }

    public int available(String locationId, String sku) {
        return Math.max(0, available.getOrDefault(new StockKey(locationId, sku), 0));
    }
}
