package io.opendoms.inventory.domain;

import io.opendoms.geo.Haversine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Available-to-promise of one SKU: the total and the locations holding it. */
public record SkuAvailability(String sku, long available, List<LocationAvailability> locations) {

    private static final Comparator<LocationAvailability> BY_ID = Comparator.comparing(LocationAvailability::locationId);
    static final Comparator<LocationAvailability> NEAREST_FIRST =
            Comparator.comparing(LocationAvailability::distanceKm).thenComparing(LocationAvailability::locationId);

    /**
     * Availability per requested SKU, in request order. Only locations with something available are listed.
     * Near a point, only locations within {@code radiusKm} count, nearest first; otherwise by location id.
     */
    public static List<SkuAvailability> compute(List<String> skus, List<AvailableStock> stock, GeoPoint near,
                                                double radiusKm) {
        Map<String, List<LocationAvailability>> bySku = new HashMap<>(skus.size() * 2);
        skus.forEach(sku -> bySku.put(sku, new ArrayList<>()));
        for (AvailableStock row : stock) {
            List<LocationAvailability> locations = bySku.get(row.sku());
            if (locations == null || row.available() <= 0) {
                continue;
            }
            Double distance = null;
            if (near != null) {
                double km = Haversine.distanceKm(near.latitude(), near.longitude(), row.latitude(), row.longitude());
                if (km > radiusKm) {
                    continue;
                }
                distance = roundedKm(km);
            }
            locations.add(new LocationAvailability(row.locationId(), row.available(), distance));
        }
        List<SkuAvailability> result = new ArrayList<>(skus.size());
        for (String sku : skus) {
            List<LocationAvailability> locations = bySku.get(sku);
            locations.sort(near == null ? BY_ID : NEAREST_FIRST);
            long total = 0;
            for (LocationAvailability location : locations) {
                total += location.available();
            }
            result.add(new SkuAvailability(sku, total, List.copyOf(locations)));
        }
        return result;
    }

    /** Distances are answered to 10 m. */
    static Double roundedKm(double km) {
        return Math.round(km * 100) / 100.0;
    }
}
