package io.opendoms.inventory.domain;

import java.util.Comparator;
import java.util.Objects;

/** One SKU at one location. The natural order is the order in which stock rows are locked. */
public record StockKey(String locationId, String sku) implements Comparable<StockKey> {

    private static final Comparator<StockKey> ORDER =
            Comparator.comparing(StockKey::locationId).thenComparing(StockKey::sku);

    public StockKey {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(sku, "sku");
    }

    @Override
    public int compareTo(StockKey other) {
        return ORDER.compare(this, other);
    }
}
