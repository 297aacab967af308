package io.opendoms.routing.adapter.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.routing.engine.GeoPoint;
import org.junit.jupiter.api.Test;

class UsZipCentroidsAdapterTest {

    private static final UsZipCentroidsAdapter ZIPS = new UsZipCentroidsAdapter();

    @Test
    void findsTheCentroidOfAZipWithOrWithoutItsPlusFourSuffix() {
        GeoPoint manhattan = new GeoPoint(40.75065, -73.997293);

        assertThat(ZIPS.locate("US", "10001")).contains(manhattan);
        assertThat(ZIPS.locate("us", " 10001-1234 ")).contains(manhattan);
        assertThat(ZIPS.locate(null, "10001")).contains(manhattan);
        assertThat(ZIPS.locate("USA", "10001")).contains(manhattan);
    }

    @Test
    void placesAZipWithoutCensusAreaByItsThreeDigitPrefix() {
        GeoPoint manhattan = new GeoPoint(40.75065, -73.997293);

        assertThat(ZIPS.locate("US", "10008")).hasValueSatisfying(p -> assertThat(p.distanceKm(manhattan))
                .isLessThan(10));
    }

    @Test
    void knowsNothingOfUnknownCodesOrOtherCountries() {
        assertThat(ZIPS.locate("US", "00000")).isEmpty();
        assertThat(ZIPS.locate("US", "09021")).isEmpty();
        assertThat(ZIPS.locate("US", "1000")).isEmpty();
        assertThat(ZIPS.locate("GB", "SW1A 1AA")).isEmpty();
        assertThat(ZIPS.locate("CA", "10001")).isEmpty();
    }
}
