package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.GeoPoint;
import java.util.Optional;

/** Turns a postal code into coordinates (a centroid), where the country is covered. */
public interface LocatePostalCodePort {

    Optional<GeoPoint> locate(String country, String postalCode);

    boolean covers(String country);
}
