package io.opendoms.inventory.adapter.geo;

import io.opendoms.geo.UsPostalCodes;
import io.opendoms.geo.UsZipCentroids;
import io.opendoms.inventory.application.LocatePostalCodePort;
import io.opendoms.inventory.domain.GeoPoint;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Postal codes located by the platform's US ZIP table ({@code libs/geo}): a ZIP code without a census area
 * of its own takes the mean centroid of its three-digit prefix, as routing places it too.
 */
@Component
class UsZipCentroidsAdapter implements LocatePostalCodePort {

    // read here, not on the first request: a missing table fails the start, not a location PUT
    private final UsZipCentroids zips = UsZipCentroids.shipped();

    @Override
    public boolean covers(String country) {
        return UsPostalCodes.isUnitedStates(country);
    }

    @Override
    public Optional<GeoPoint> locate(String country, String postalCode) {
        return zips.locate(country, postalCode).map(c -> new GeoPoint(c.latitude(), c.longitude()));
    }
}
