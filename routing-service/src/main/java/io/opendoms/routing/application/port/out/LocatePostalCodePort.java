package io.opendoms.routing.application.port.out;

import io.opendoms.routing.engine.GeoPoint;
import java.util.Optional;

/** Turns a postal code into coordinates (a centroid), where the country is covered. */
public interface LocatePostalCodePort {

    /** The centroid of a postal code, exact or by its ZIP prefix; empty when unknown (or not a US postal code). */
    Optional<GeoPoint> locate(String country, String postalCode);
}
