package io.opendoms.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HaversineTest {

    // centroids of ZIP 10001 (Manhattan) and 90001 (Los Angeles)
    private static final double[] NEW_YORK = {40.75065, -73.997293};
    private static final double[] LOS_ANGELES = {33.973665, -118.249039};

    @Test
    void measuresTheGreatCircleBetweenNewYorkAndLosAngeles() {
        assertThat(distance(NEW_YORK, LOS_ANGELES)).isCloseTo(3940.2378, within(0.001));
    }

    @Test
    void aDegreeOfLatitudeIsAnArcOfTheMeanEarthRadius() {
        assertThat(Haversine.distanceKm(0, 0, 1, 0)).isCloseTo(6371.0 * Math.PI / 180, within(1e-9));
        assertThat(Haversine.distanceKm(0, 0, 1, 0)).isCloseTo(111.19493, within(0.0001));
    }

    @Test
    void isSymmetricAndZeroForOnePoint() {
        assertThat(distance(LOS_ANGELES, NEW_YORK)).isEqualTo(distance(NEW_YORK, LOS_ANGELES));
        assertThat(distance(NEW_YORK, NEW_YORK)).isZero();
    }

    @Test
    void staysFiniteForAntipodes() {
        assertThat(Haversine.distanceKm(0, 0, 0, 180)).isCloseTo(Math.PI * Haversine.EARTH_RADIUS_KM, within(1e-6));
        assertThat(Haversine.distanceKm(45, 10, -45, -170)).isCloseTo(Math.PI * 6371.0, within(1e-6));
    }

    @Test
    void crossesTheAntimeridianTheShortWay() {
        assertThat(Haversine.distanceKm(0, 179.5, 0, -179.5)).isCloseTo(111.19493, within(0.0001));
    }

    private static double distance(double[] from, double[] to) {
        return Haversine.distanceKm(from[0], from[1], to[0], to[1]);
    }
}
