package io.opendoms.inventory.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What availability knows of one SKU at one moment: its rows with something available at active locations, and
 * the network-wide answer made from them once. A near answer is made from the same rows, so both follow
 * {@link SkuAvailability#compute} exactly.
 */
public record SkuStock(String sku, List<AvailableStock> rows, SkuAvailability network) {

    public SkuStock {
        rows = List.copyOf(rows);
    }

    /** The rows of one SKU (rows of other SKUs are ignored). */
    public static SkuStock of(String sku, List<AvailableStock> rows) {
        List<AvailableStock> own = new ArrayList<>();
        for (AvailableStock row : rows) {
            if (row.sku().equals(sku) && row.available() > 0) {
                own.add(row);
            }
        }
        return new SkuStock(sku, own, SkuAvailability.compute(List.of(sku), own, null, 0).getFirst());
    }

    /**
     * Only locations within the radius of the query's point, nearest first: what {@link SkuAvailability#compute}
     * answers for the rows in the radius's bounding box (SkuStockTest), without its per-call map.
     */
    public SkuAvailability near(DistancesFrom from) {
        List<LocationAvailability> locations = null;
        long total = 0;
        for (AvailableStock row : rows) {
            double km = from.km(row.locationId(), row.latitude(), row.longitude());
            if (km == DistancesFrom.OUTSIDE) {
                continue;
            }
            if (locations == null) {
                locations = new ArrayList<>();
            }
            locations.add(new LocationAvailability(row.locationId(), row.available(),
                    SkuAvailability.roundedKm(km)));
            total += row.available();
        }
        if (locations == null) {
            return new SkuAvailability(sku, 0, List.of());
        }
        locations.sort(SkuAvailability.NEAREST_FIRST);
        return new SkuAvailability(sku, total, List.copyOf(locations));
    }
}
