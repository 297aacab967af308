package io.opendoms.routing.engine;

import io.opendoms.geo.Haversine;

/** A point on the earth in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) { // NaN too
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance, the same as inventory measures ({@link Haversine}). */
    public double distanceKm(GeoPoint other) {
        return Haversine.distanceKm(latitude, longitude, other.latitude, other.longitude);
    }
}
