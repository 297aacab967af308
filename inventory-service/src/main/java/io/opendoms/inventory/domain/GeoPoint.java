package io.opendoms.inventory.domain;

/** A point on the Earth in decimal degrees (WGS 84). */
public record GeoPoint(double latitude, double longitude) {

    /** Mean Earth radius; routing uses the same figure so that both services agree on distances. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }

    /** Great-circle distance by the haversine formula. */
    public double distanceKmTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = Math.toRadians(other.latitude - latitude);
        double dLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
