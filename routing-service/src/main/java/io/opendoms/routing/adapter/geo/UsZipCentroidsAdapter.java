package io.opendoms.routing.adapter.geo;

import io.opendoms.geo.UsZipCentroids;
import io.opendoms.routing.application.port.out.LocatePostalCodePort;
import io.opendoms.routing.engine.GeoPoint;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Ship-to postal codes located by the platform's US ZIP table ({@code libs/geo}), as routing.md § Geography
 * says: a ZIP code without a census area of its own takes the mean centroid of its three-digit prefix.
 */
@Component
class UsZipCentroidsAdapter implements LocatePostalCodePort {

    // read here, not on the first order: a missing table fails the start, not a routing decision
    private final UsZipCentroids zips = UsZipCentroids.shipped();

    @Override
    public Optional<GeoPoint> locate(String country, String postalCode) {
        return zips.locate(country, postalCode).map(c -> new GeoPoint(c.latitude(), c.longitude()));
    }
}
