package io.opendoms.routing.adapter.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.routing.domain.GeoPoint;
import org.junit.jupiter.api.Test;

class UsZipCentroidsAdapterTest {

    private static final UsZipCentroidsAdapter ZIPS = new UsZipCentroidsAdapter();

    @Test
    void loadsEveryZipOfTheCensusTable() {
        assertThat(ZIPS.size()).isEqualTo(33_791);
    }

    @Test
    void findsTheCentroidOfAZipWithOrWithoutItsPlusFourSuffix() {
        GeoPoint manhattan = new GeoPoint(40.75065, -73.997293);

        assertThat(ZIPS.centroidOf("10001", "US")).contains(manhattan);
        assertThat(ZIPS.centroidOf(" 10001-1234 ", "us")).contains(manhattan);
        assertThat(ZIPS.centroidOf("10001", null)).contains(manhattan);
    }

    @Test
    void knowsNothingOfUnknownCodesOrOtherCountries() {
        assertThat(ZIPS.centroidOf("00000", "US")).isEmpty();
        assertThat(ZIPS.centroidOf("1000", "US")).isEmpty();
        assertThat(ZIPS.centroidOf("SW1A 1AA", "GB")).isEmpty();
        assertThat(ZIPS.centroidOf("10001", "CA")).isEmpty();
    }
}
