package io.opendoms.order.adapter.geo;

import io.opendoms.geo.UsPostalCodes;
import io.opendoms.geo.UsZipCentroids;
import io.opendoms.order.application.CheckPostalCodePort;
import io.opendoms.order.domain.PostalCodeCheck;
import org.springframework.stereotype.Component;

/**
 * Shipping addresses checked against the platform's US ZIP table ({@code libs/geo}), as routing and inventory
 * locate them: a ZIP code without a census area counts by its three-digit prefix, so it exists.
 */
@Component
class UsZipCentroidsAdapter implements CheckPostalCodePort {

    // read here, not on the first order: a missing table fails the start, not a capture
    private final UsZipCentroids zips = UsZipCentroids.shipped();

    @Override
    public PostalCodeCheck check(String country, String postalCode) {
        if (!UsPostalCodes.isUnitedStates(country)) {
            return new PostalCodeCheck.NotChecked();
        }
        return zips.locate(country, postalCode)
                .<PostalCodeCheck>map(c -> new PostalCodeCheck.Located(c.latitude(), c.longitude()))
                .orElseGet(PostalCodeCheck.Unknown::new);
    }
}
