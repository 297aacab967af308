package io.opendoms.geo;

/** The point that stands for a postal code (decimal degrees, WGS 84), and how closely it places it. */
public record Centroid(double latitude, double longitude, Match match) {

    public Centroid {
        if (match == null) {
            throw new IllegalArgumentException("match is required");
        }
    }

    /** Whether the ZIP code has a census area of its own, or only shares its first three digits with some. */
    public enum Match {
        /** The centroid of the ZIP code's own census area (ZCTA). */
        EXACT,
        /**
         * The ZIP code has no census area (PO boxes, single buildings such as {@code 30301} or {@code 10008}):
         * the mean centroid of the census areas whose ZIP codes share its first three digits.
         */
        PREFIX
    }

    public boolean isExact() {
        return match == Match.EXACT;
    }
}
