package io.opendoms.inventory.application;

import java.util.ArrayList;
import java.util.List;

/** Availability of SKUs over the network, or near a postal code within a radius. */
public record GetAvailabilityQuery(List<String> skus, String country, String postalCode, double radiusKm) {

    public static final double DEFAULT_RADIUS_KM = 50.0;
    public static final int MAX_SKUS = 100;

    public GetAvailabilityQuery {
        skus = distinct(skus);
    }

    /** In first-seen order; at most a hundred, so a list's search costs less than hashing. */
    private static List<String> distinct(List<String> skus) {
        List<String> distinct = new ArrayList<>(skus.size());
        for (String sku : skus) {
            if (!distinct.contains(sku)) {
                distinct.add(sku);
            }
        }
        return List.copyOf(distinct);
    }
}
