package io.opendoms.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void measuresGreatCircleDistanceWithEarthRadius6371() {
        GeoPoint manhattan = new GeoPoint(40.75065, -73.997293);
        GeoPoint chicago = new GeoPoint(41.8781, -87.6298);

        assertThat(manhattan.distanceKm(chicago)).isCloseTo(1144.218, within(0.001));
        assertThat(manhattan.distanceKm(manhattan)).isZero();
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 90))).isCloseTo(Math.PI * 6371.0 / 2, within(1e-6));
    }

    @Test
    void rejectsCoordinatesOutOfRange() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, -181)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
