package io.opendoms.geo;

/**
 * Great-circle distance on a sphere of the Earth's mean radius: the one distance of OpenDOMS (routing's zones
 * and prices, availability near a postal code), so that every service agrees on it.
 */
public final class Haversine {

    /** Mean Earth radius in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private Haversine() {
    }

    /** Kilometres between two points given in decimal degrees, by the haversine formula. */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double sinHalfDPhi = Math.sin(Math.toRadians(latitude2 - latitude1) / 2);
        double sinHalfDLambda = Math.sin(Math.toRadians(longitude2 - longitude1) / 2);
        double a = sinHalfDPhi * sinHalfDPhi + Math.cos(phi1) * Math.cos(phi2) * sinHalfDLambda * sinHalfDLambda;
        // rounding can push a a hair above 1 for antipodal points; asin would answer NaN
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
