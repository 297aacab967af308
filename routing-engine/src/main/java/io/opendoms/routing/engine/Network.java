package io.opendoms.routing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of the fulfilment network a plan is made against: locations, items and available stock. Indexed by
 * SKU as well, so that a plan looks at the locations that hold an order's SKUs rather than at every pair.
 */
public final class Network {

    private final Map<String, Location> locations;
    private final Map<String, Item> items;
    private final Map<StockKey, Integer> available;
    private final Map<String, Map<String, Integer>> bySku;
    private volatile List<Location> locationsById;

    public Network(Map<String, Location> locations, Map<String, Item> items, Map<StockKey, Integer> available) {
        this.locations = Map.copyOf(locations);
        this.items = Map.copyOf(items);
        this.available = Map.copyOf(available);
        Map<String, Map<String, Integer>> index = new HashMap<>();
        available.forEach((key, units) -> {
            if (units != null && units > 0) {
                index.computeIfAbsent(key.sku(), s -> new HashMap<>()).put(key.locationId(), units);
            }
        });
        this.bySku = index;
    }

    /** The locations sorted by id, as every plan lists them (sorted once per snapshot). */
    List<Location> locationsById() {
        List<Location> sorted = locationsById;
        if (sorted == null) {
            List<Location> list = new ArrayList<>(locations.values());
            list.sort(Comparator.comparing(Location::id));
            sorted = List.copyOf(list);
            locationsById = sorted; // racing threads compute the same list
        }
        return sorted;
    }

    public Map<String, Location> locations() {
        return locations;
    }

    public Map<String, Item> items() {
        return items;
    }

    public Map<StockKey, Integer> available() {
        return available;
    }

    public Item item(String sku) {
        return items.getOrDefault(sku, Item.unknown(sku));
    }

    public int available(String locationId, String sku) {
        return Math.max(0, available.getOrDefault(new StockKey(locationId, sku), 0));
    }

    /** Locations with some of the SKU available, and how many units each. */
    public Map<String, Integer> holding(String sku) {
        return bySku.getOrDefault(sku, Map.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network n && locations.equals(n.locations) && items.equals(n.items)
                && available.equals(n.available);
    }

    @Override
    public int hashCode() {
        return Objects.hash(locations, items, available);
    }

    @Override
    public String toString() {
        return "Network[" + locations.size() + " locations, " + items.size() + " items, " + available.size()
                + " stock rows]";
    }
}
