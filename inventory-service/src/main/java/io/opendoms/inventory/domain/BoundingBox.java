package io.opendoms.inventory.domain;

import io.opendoms.geo.Haversine;

/**
 * A latitude/longitude box that contains every point within a radius of a centre: a cheap filter a
 * database index can use before the exact great-circle distance decides. The longitude range is
 * absent ({@code null} bounds) when the box would reach a pole or cross the antimeridian.
 */
public record BoundingBox(double minLatitude, double maxLatitude, Double minLongitude, Double maxLongitude) {

    /** Kilometres per degree of latitude on a sphere of the haversine's radius, lowered by 1% as a margin. */
    private static final double KM_PER_DEGREE = Math.PI * Haversine.EARTH_RADIUS_KM / 180.0 * 0.99;

    public static BoundingBox around(GeoPoint centre, double radiusKm) {
        double latitudeSpan = radiusKm / KM_PER_DEGREE;
        double minLatitude = centre.latitude() - latitudeSpan;
        double maxLatitude = centre.latitude() + latitudeSpan;
        if (minLatitude <= -90 || maxLatitude >= 90) {
            return new BoundingBox(Math.max(-90, minLatitude), Math.min(90, maxLatitude), null, null);
        }
        // a degree of longitude is shortest at the box's edge furthest from the equator
        double widest = Math.max(Math.abs(minLatitude), Math.abs(maxLatitude));
        double longitudeSpan = radiusKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(widest)));
        double minLongitude = centre.longitude() - longitudeSpan;
        double maxLongitude = centre.longitude() + longitudeSpan;
        if (minLongitude < -180 || maxLongitude > 180) {
            return new BoundingBox(minLatitude, maxLatitude, null, null);
        }
        return new BoundingBox(minLatitude, maxLatitude, minLongitude, maxLongitude);
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= minLatitude && latitude <= maxLatitude
                && (minLongitude == null || longitude >= minLongitude && longitude <= maxLongitude);
    }
}
