package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.GeoPoint;
import java.util.Optional;

public interface ResolveCoordinatesPort {

    /** The centroid of a postal code, when known. */
    Optional<GeoPoint> centroidOf(String postalCode, String country);
}
