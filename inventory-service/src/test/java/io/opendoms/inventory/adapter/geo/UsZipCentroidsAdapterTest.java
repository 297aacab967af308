package io.opendoms.inventory.adapter.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.domain.GeoPoint;
import org.junit.jupiter.api.Test;

class UsZipCentroidsAdapterTest {

    private final UsZipCentroidsAdapter centroids = new UsZipCentroidsAdapter();

    @Test
    void locatesAUsZipCodeOrZipPlusFour() {
        assertThat(centroids.locate("US", "10001")).contains(new GeoPoint(40.75065, -73.997293));
        assertThat(centroids.locate("us", " 10001-1234 ")).contains(new GeoPoint(40.75065, -73.997293));
    }

    @Test
    void locatesAZipWithoutCensusAreaByItsThreeDigitPrefix() {
        assertThat(centroids.locate("US", "30301")).hasValueSatisfying(atlanta ->
                assertThat(atlanta.distanceKmTo(centroids.locate("US", "30303").orElseThrow())).isLessThan(10));
    }

    @Test
    void findsNothingForUnknownOrMalformedCodes() {
        assertThat(centroids.locate("US", "00000")).isEmpty();
        assertThat(centroids.locate("US", "09021")).isEmpty();
        assertThat(centroids.locate("US", "ABCDE")).isEmpty();
        assertThat(centroids.locate("US", null)).isEmpty();
    }

    @Test
    void coversOnlyTheUnitedStates() {
        assertThat(centroids.covers("US")).isTrue();
        assertThat(centroids.covers("CA")).isFalse();
        assertThat(centroids.locate("CA", "10001")).isEmpty();
    }
}
