package io.opendoms.inventory.application;

import java.util.List;

/** Availability of SKUs over the network, or near a postal code within a radius. */
public record GetAvailabilityQuery(List<String> skus, String country, String postalCode, double radiusKm) {

    public static final double DEFAULT_RADIUS_KM = 50.0;
    public static final int MAX_SKUS = 100;

    public GetAvailabilityQuery {
        skus = skus.stream().distinct().toList();
    }
}
