package io.opendoms.inventory.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Available-to-promise of one SKU: the total and the locations holding it. */
public record SkuAvailability(String sku, long available, List<LocationAvailability> locations) {

    /**
     * Availability per requested SKU, in request order. Only locations with something available are listed.
     * Near a point, only locations within {@code radiusKm} count, nearest first; otherwise by location id.
     */
    public static List<SkuAvailability> compute(List<String> skus, List<LocatedStock> stock, GeoPoint near,
                                                double radiusKm) {
        Map<String, List<LocationAvailability>> bySku = new LinkedHashMap<>();
        skus.forEach(sku -> bySku.put(sku, new ArrayList<>()));
        for (LocatedStock row : stock) {
            List<LocationAvailability> locations = bySku.get(row.level().key().sku());
            int available = row.level().available();
            if (locations == null || available == 0) {
                continue;
            }
            Double distance = null;
            if (near != null) {
                double km = near.distanceKmTo(row.coordinates());
                if (km > radiusKm) {
                    continue;
                }
                distance = Math.round(km * 100) / 100.0;
            }
            locations.add(new LocationAvailability(row.level().key().locationId(), available, distance));
        }
        Comparator<LocationAvailability> order = near == null
                ? Comparator.comparing(LocationAvailability::locationId)
                : Comparator.comparing(LocationAvailability::distanceKm).thenComparing(LocationAvailability::locationId);
        List<SkuAvailability> result = new ArrayList<>(bySku.size());
        bySku.forEach((sku, locations) -> {
            locations.sort(order);
            long total = locations.stream().mapToLong(LocationAvailability::available).sum();
            result.add(new SkuAvailability(sku, total, List.copyOf(locations)));
        });
        return result;
    }
}
