package io.opendoms.inventory.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a checkout hold without a location of its own reserves each line, chosen from the stock of the active
 * locations (a snapshot: the reservation itself checks again, atomically):
 *
 * <ol>
 *   <li>one location that covers every line, if any: the one with the most units available of the requested SKUs
 *       in total, then the smallest location id;</li>
 *   <li>otherwise each line at the location with the most available of its SKU that covers it, then the smallest
 *       location id.</li>
 * </ol>
 * A line is never split across locations; a line no active location covers is a shortage.
 *
 * @param lines      one per requested line, in request order; empty when there are shortages
 * @param shortages  per short line (in request order): the location with the most available, or null when none has
 *                   any
 */
public record HoldPlacement(List<HoldLine> lines, List<Shortage> shortages) {

    public HoldPlacement {
        lines = List.copyOf(lines);
        shortages = List.copyOf(shortages);
    }

    public boolean isShort() {
        return !shortages.isEmpty();
    }

    /** @param stock the stock of the requested SKUs at active locations */
    public static HoldPlacement choose(List<HoldRequestLine> requested, List<StockLevel> stock) {
        // location id -> sku -> available, locations in id order
        Map<String, Map<String, Integer>> byLocation = new TreeMap<>();
        for (StockLevel level : stock) {
            byLocation.computeIfAbsent(level.key().locationId(), id -> new HashMap<>())
                    .merge(level.key().sku(), level.available(), Integer::sum);
        }
        String best = null;
        long bestTotal = -1;
        for (Map.Entry<String, Map<String, Integer>> location : byLocation.entrySet()) {
            Map<String, Integer> available = location.getValue();
            boolean coversAll = requested.stream()
                    .allMatch(line -> available.getOrDefault(line.sku(), 0) >= line.quantity());
            long total = requested.stream().mapToLong(line -> available.getOrDefault(line.sku(), 0)).sum();
            if (coversAll && total > bestTotal) { // ties keep the smaller id: locations come in id order
                best = location.getKey();
                bestTotal = total;
            }
        }
        if (best != null) {
            String chosen = best;
            return new HoldPlacement(requested.stream()
                    .map(line -> new HoldLine(new StockKey(chosen, line.sku()), line.quantity())).toList(), List.of());
        }
        List<HoldLine> lines = new ArrayList<>();
        List<Shortage> shortages = new ArrayList<>();
        Comparator<Map.Entry<String, Integer>> most = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        for (HoldRequestLine line : requested) {
            Map.Entry<String, Integer> top = byLocation.entrySet().stream()
                    .map(location -> Map.entry(location.getKey(), location.getValue().getOrDefault(line.sku(), 0)))
                    .min(most)
                    .orElse(null);
            if (top != null && top.getValue() >= line.quantity()) {
                lines.add(new HoldLine(new StockKey(top.getKey(), line.sku()), line.quantity()));
            } else {
                shortages.add(new Shortage(top == null || top.getValue() == 0 ? null : top.getKey(), line.sku(),
                        line.quantity(), top == null ? 0 : top.getValue()));
            }
        }
        return shortages.isEmpty() ? new HoldPlacement(lines, List.of()) : new HoldPlacement(List.of(), shortages);
    }

    /** Every line at one location, as the checkout asked; availability is checked when the units are reserved. */
    public static HoldPlacement at(String locationId, List<HoldRequestLine> requested) {
        return new HoldPlacement(requested.stream()
                .map(line -> new HoldLine(new StockKey(locationId, line.sku()), line.quantity())).toList(), List.of());
    }
}
