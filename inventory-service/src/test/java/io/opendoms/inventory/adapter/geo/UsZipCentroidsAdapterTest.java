package io.opendoms.inventory.adapter.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.opendoms.inventory.domain.GeoPoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UsZipCentroidsAdapterTest {

    private static UsZipCentroidsAdapter centroids;

    @BeforeAll
    static void load() {
        centroids = new UsZipCentroidsAdapter();
    }

    @Test
    void loadsTheWholeCensusTable() {
        assertThat(centroids.size()).isEqualTo(33_791);
    }

    @Test
    void locatesAUsZipCode() {
        assertThat(centroids.locate("US", "10001")).contains(new GeoPoint(40.75065, -73.997293));
        assertThat(centroids.locate("US", "02108")).contains(new GeoPoint(42.355097, -71.065737));
    }

    @Test
    void locatesZipPlusFourByItsFiveDigits() {
        assertThat(centroids.locate("US", "10001-1234")).contains(new GeoPoint(40.75065, -73.997293));
        assertThat(centroids.locate("us", " 100011234 ")).contains(new GeoPoint(40.75065, -73.997293));
    }

    @Test
    void findsNothingForUnknownOrMalformedCodes() {
        assertThat(centroids.locate("US", "00000")).isEmpty();
        assertThat(centroids.locate("US", "1000")).isEmpty();
        assertThat(centroids.locate("US", "ABCDE")).isEmpty();
        assertThat(centroids.locate("US", null)).isEmpty();
    }

    @Test
    void coversOnlyTheUnitedStates() {
        assertThat(centroids.covers("US")).isTrue();
        assertThat(centroids.covers("CA")).isFalse();
        assertThat(centroids.locate("CA", "10001")).isEmpty();
    }

    @Test
    void refusesATableWithoutTheExpectedHeader() {
        byte[] csv = "postal,lat,lon\n10001,40.7,-73.9\n".getBytes(StandardCharsets.UTF_8);

        assertThatIllegalStateException().isThrownBy(() -> new UsZipCentroidsAdapter(new ByteArrayInputStream(csv)));
    }
}
