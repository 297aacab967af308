package io.opendoms.inventory.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a routing decision asks to reserve, all or nothing. Lines are merged per location and line id (one
 * reservation each), and quantities per location and SKU (one stock row each, checked once).
 */
public final class ReservationPlan {

    private final List<ReservationLine> lines;
    private final SortedMap<StockKey, Integer> quantitiesByStock;

    private ReservationPlan(List<ReservationLine> lines, SortedMap<StockKey, Integer> quantitiesByStock) {
        this.lines = lines;
        this.quantitiesByStock = quantitiesByStock;
    }

    public static ReservationPlan of(List<ReservationLine> requested) {
        Map<List<String>, ReservationLine> byLocationAndLine = new LinkedHashMap<>();
        SortedMap<StockKey, Integer> byStock = new TreeMap<>();
        for (ReservationLine line : requested) {
            byLocationAndLine.merge(List.of(line.locationId(), line.lineId()), line, (a, b) -> {
                if (!a.sku().equals(b.sku())) {
                    throw new IllegalArgumentException("line " + a.lineId() + " names two SKUs: " + a.sku()
                            + ", " + b.sku());
                }
                return new ReservationLine(a.locationId(), a.lineId(), a.sku(),
                        Math.addExact(a.quantity(), b.quantity()));
            });
            byStock.merge(line.stockKey(), line.quantity(), Math::addExact);
        }
        return new ReservationPlan(List.copyOf(byLocationAndLine.values()), Collections.unmodifiableSortedMap(byStock));
    }

    public List<ReservationLine> lines() {
        return lines;
    }

    /** Quantity per stock row, in lock order. */
    public SortedMap<StockKey, Integer> quantitiesByStock() {
        return quantitiesByStock;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Every stock row that cannot cover its quantity; a row that does not exist has nothing available. */
    public List<Shortage> shortagesAgainst(Map<StockKey, StockLevel> stock) {
        return shortagesAgainst(stock, Map.of());
    }

    /**
     * The same, where {@code held} units per row are already reserved for this plan (a checkout hold it takes over):
     * they count as available to it.
     */
    public List<Shortage> shortagesAgainst(Map<StockKey, StockLevel> stock, Map<StockKey, Integer> held) {
        List<Shortage> shortages = new ArrayList<>();
        quantitiesByStock.forEach((key, quantity) -> {
            StockLevel level = stock.get(key);
            int available = (level == null ? 0 : level.available()) + held.getOrDefault(key, 0);
            if (quantity > available) {
                shortages.add(new Shortage(key.locationId(), key.sku(), quantity, available));
            }
        });
        return shortages;
    }
}
