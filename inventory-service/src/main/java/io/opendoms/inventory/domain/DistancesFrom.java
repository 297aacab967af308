package io.opendoms.inventory.domain;

import io.opendoms.geo.Haversine;
import java.util.HashMap;

/**
 * The distances of one near query: from one point, within one radius. Each location's great-circle distance is worked
 * out once however many of the query's SKUs it stocks — a 50-SKU query meets the same store up to 50 times, and the
 * trigonometry was an eighth of the availability request threads' CPU. A location is known by its id and its
 * coordinates together, so rows read at different moments of a moved location are each measured from where they say
 * it is. One per query: not thread-safe.
 */
public final class DistancesFrom {

    /** What {@link #km} answers for a location beyond the radius. */
    public static final double OUTSIDE = -1;

    private final GeoPoint origin;
    private final BoundingBox box;
    private final double radiusKm;
    private final HashMap<String, Known> known = new HashMap<>();

    public DistancesFrom(GeoPoint origin, double radiusKm) {
        this.origin = origin;
        this.box = BoundingBox.around(origin, radiusKm);
        this.radiusKm = radiusKm;
    }

    /** A box that holds every point within the radius: nothing outside it needs measuring. */
    public BoundingBox box() {
        return box;
    }

    /** Kilometres from the origin to a location at these coordinates, or {@link #OUTSIDE} beyond the radius. */
    public double km(String locationId, double latitude, double longitude) {
        if (!box.contains(latitude, longitude)) {
            return OUTSIDE;
        }
        Known location = known.get(locationId);
        if (location == null || location.latitude != latitude || location.longitude != longitude) {
            double km = Haversine.distanceKm(origin.latitude(), origin.longitude(), latitude, longitude);
            location = new Known(latitude, longitude, km > radiusKm ? OUTSIDE : km);
            known.put(locationId, location);
        }
        return location.km;
    }

    private record Known(double latitude, double longitude, double km) {
    }
}
