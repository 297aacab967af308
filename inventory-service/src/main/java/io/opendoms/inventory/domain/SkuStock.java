package io.opendoms.inventory.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What availability knows of one SKU at one moment: its rows with something available at active locations, and
 * the network-wide answer made from them once. A near answer is made from the same rows, so both follow
 * {@link SkuAvailability#compute} exactly. The rows are kept by latitude: a near query looks only at the band of
 * latitudes its radius reaches (a binary search, then the band), not at every location of the SKU — a 50-SKU query
 * over 500 locations otherwise walked ~8,000 rows.
 */
public final class SkuStock {

    private static final Comparator<AvailableStock> BY_LATITUDE = Comparator.comparingDouble(AvailableStock::latitude);

    private final String sku;
    private final List<AvailableStock> rows;
    private final double[] latitudes;
    private final SkuAvailability network;

    private SkuStock(String sku, List<AvailableStock> byLatitude, SkuAvailability network) {
        this.sku = sku;
        this.rows = List.copyOf(byLatitude);
        this.latitudes = new double[rows.size()];
        for (int i = 0; i < latitudes.length; i++) {
            latitudes[i] = rows.get(i).latitude();
        }
        this.network = network;
    }

    /** The rows of one SKU (rows of other SKUs are ignored). */
    public static SkuStock of(String sku, List<AvailableStock> rows) {
        List<AvailableStock> own = new ArrayList<>();
        for (AvailableStock row : rows) {
            if (row.sku().equals(sku) && row.available() > 0) {
                own.add(row);
            }
        }
        // the network-wide answer from the rows as read (its sort by location id is stable), then the band order
        SkuAvailability network = SkuAvailability.compute(List.of(sku), own, null, 0).getFirst();
        own.sort(BY_LATITUDE);
        return new SkuStock(sku, own, network);
    }

    public String sku() {
        return sku;
    }

    /** Its rows with something available, by latitude. */
    public List<AvailableStock> rows() {
        return rows;
    }

    /** The answer over the whole network. */
    public SkuAvailability network() {
        return network;
    }

    /**
     * Only locations within the radius of the query's point, nearest first: what {@link SkuAvailability#compute}
     * answers for the rows in the radius's bounding box (SkuStockTest), without its per-call map.
     */
    public SkuAvailability near(DistancesFrom from) {
        BoundingBox box = from.box();
        List<LocationAvailability> locations = null;
        long total = 0;
        for (int i = firstAtOrAbove(box.minLatitude()); i < latitudes.length && latitudes[i] <= box.maxLatitude(); i++) {
            AvailableStock row = rows.get(i);
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

    /** The index of the first row whose latitude is at least {@code latitude} (the row count when none is). */
    private int firstAtOrAbove(double latitude) {
        int low = 0;
        int high = latitudes.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (latitudes[middle] < latitude) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Override
    public String toString() {
        return "SkuStock[" + sku + ", " + rows.size() + " rows]";
    }
}
