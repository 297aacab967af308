package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint NEW_YORK_10001 = new GeoPoint(40.75065, -73.997293);
    private static final GeoPoint LOS_ANGELES_90001 = new GeoPoint(33.973665, -118.249039);

    @Test
    void measuresGreatCircleDistanceWithEarthRadius6371() {
        assertThat(NEW_YORK_10001.distanceKmTo(LOS_ANGELES_90001)).isCloseTo(3940.2378, within(0.001));
        assertThat(NEW_YORK_10001.distanceKmTo(NEW_YORK_10001)).isZero();
    }

    @Test
    void rejectsCoordinatesOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(90.5, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -180.01));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0));
    }
}
