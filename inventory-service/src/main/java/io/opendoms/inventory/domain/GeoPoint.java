package io.opendoms.inventory.domain;

import io.opendoms.geo.Haversine;

/** A point on the Earth in decimal degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }

    /** Great-circle distance, the same as routing measures ({@link Haversine}). */
    public double distanceKmTo(GeoPoint other) {
        return Haversine.distanceKm(latitude, longitude, other.latitude, other.longitude);
    }
}
