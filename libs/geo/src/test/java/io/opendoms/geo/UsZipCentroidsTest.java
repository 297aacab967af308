package io.opendoms.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import io.opendoms.geo.Centroid.Match;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.DoubleSummaryStatistics;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UsZipCentroidsTest {

    private static final UsZipCentroids ZIPS = UsZipCentroids.shipped();

    @Test
    void loadsEveryZipCodeOfTheCensusTableOnce() {
        assertThat(ZIPS.size()).isEqualTo(33_791);
        assertThat(UsZipCentroids.shipped()).isSameAs(ZIPS);
    }

    @Test
    void placesAZipCodeWithACensusAreaAtItsCentroid() {
        assertThat(ZIPS.centroidOf("10001")).contains(new Centroid(40.75065, -73.997293, Match.EXACT));
        assertThat(ZIPS.centroidOf("02108")).contains(new Centroid(42.355097, -71.065737, Match.EXACT));
    }

    @Test
    void placesAZipPlusFourByItsFiveDigitsWhateverTheWhitespaceAround() {
        Centroid manhattan = new Centroid(40.75065, -73.997293, Match.EXACT);

        assertThat(ZIPS.centroidOf("10001-1234")).contains(manhattan);
        assertThat(ZIPS.centroidOf(" 10001-1234 ")).contains(manhattan);
        assertThat(ZIPS.centroidOf("\t10001\n")).contains(manhattan);
    }

    @Test
    void placesAtlantasPoBoxZipAtTheMeanOfTheCensusAreasOf303() {
        Centroid atlanta = ZIPS.centroidOf("30301").orElseThrow();

        // the mean of the 40 census areas 303xx
        assertThat(atlanta.match()).isEqualTo(Match.PREFIX);
        assertThat(atlanta.isExact()).isFalse();
        assertThat(atlanta.latitude()).isCloseTo(33.797374225, within(1e-9));
        assertThat(atlanta.longitude()).isCloseTo(-84.384471875, within(1e-9));
        assertThat(distanceKm(atlanta, ZIPS.centroidOf("30303").orElseThrow())).isLessThan(10);
    }

    @Test
    void placesNewYorksSingleBuildingZipAtTheMeanOfTheCensusAreasOf100() {
        Centroid newYork = ZIPS.centroidOf("10008-0123").orElseThrow();

        // the mean of the 42 census areas 100xx
        assertThat(newYork.match()).isEqualTo(Match.PREFIX);
        assertThat(newYork.latitude()).isCloseTo(40.768798524, within(1e-9));
        assertThat(newYork.longitude()).isCloseTo(-73.972326286, within(1e-9));
        assertThat(distanceKm(newYork, ZIPS.centroidOf("10001").orElseThrow())).isLessThan(10);
    }

    @Test
    void knowsNothingOfAZipWhoseThreeDigitsHaveNoCensusAreaAtAll() {
        assertThat(ZIPS.centroidOf("09021")).isEmpty(); // APO AE: military mail, no land
        assertThat(ZIPS.centroidOf("00000")).isEmpty();
        assertThat(ZIPS.centroidOf("34002")).isEmpty();
    }

    @Test
    void knowsNothingOfWhatIsNotAZipCode() {
        assertThat(ZIPS.centroidOf(null)).isEmpty();
        assertThat(ZIPS.centroidOf("1000")).isEmpty();
        assertThat(ZIPS.centroidOf("10001 1234")).isEmpty();
        assertThat(ZIPS.centroidOf("ABCDE")).isEmpty();
    }

    @Test
    void locatesUsPostalCodesOnly() {
        assertThat(ZIPS.locate("US", "10001")).map(Centroid::isExact).contains(true);
        assertThat(ZIPS.locate("usa", "30301")).map(Centroid::match).contains(Match.PREFIX);
        assertThat(ZIPS.locate(null, "10001")).isPresent();
        assertThat(ZIPS.locate("CA", "10001")).isEmpty();
        assertThat(ZIPS.locate("GB", "SW1A 1AA")).isEmpty();
    }

    @Test
    void averagesThePrefixOverTheRowsOfTheTable() throws IOException {
        UsZipCentroids table = read("""
                zip,latitude,longitude
                30305,34.0,-85.0
                30303,33.0,-84.0

                10001,40.75065,-73.997293
                """);

        assertThat(table.size()).isEqualTo(3);
        assertThat(table.centroidOf("30303")).contains(new Centroid(33.0, -84.0, Match.EXACT));
        assertThat(table.centroidOf("30301")).contains(new Centroid(33.5, -84.5, Match.PREFIX));
        assertThat(table.centroidOf("10008")).contains(new Centroid(40.75065, -73.997293, Match.PREFIX));
        assertThat(table.centroidOf("30401")).isEmpty();
    }

    @Test
    void refusesATableWithoutTheExpectedHeader() {
        assertThatIllegalStateException().isThrownBy(() -> read("postal,lat,lon\n10001,40.7,-73.9\n"))
                .withMessageContaining("header");
    }

    @Test
    void refusesMalformedRowsNamingTheLine() {
        assertThatIllegalStateException().isThrownBy(() -> read(UsZipCentroids.HEADER + "\n10001,40.7\n"))
                .withMessageContaining("Line 2");
        assertThatIllegalStateException().isThrownBy(() -> read(UsZipCentroids.HEADER + "\n1000,40.7,-73.9\n"))
                .withMessageContaining("Line 2");
        assertThatIllegalStateException().isThrownBy(() -> read(UsZipCentroids.HEADER + "\n100011234,40.7,-73.9\n"))
                .withMessageContaining("Line 2");
        assertThatIllegalStateException().isThrownBy(() -> read(UsZipCentroids.HEADER + "\n10001,north,-73.9\n"))
                .withMessageContaining("Line 2");
        assertThatIllegalStateException().isThrownBy(() -> read(UsZipCentroids.HEADER + "\n10001,40.7,-193.9\n"))
                .withMessageContaining("Line 2");
        assertThatIllegalStateException()
                .isThrownBy(() -> read(UsZipCentroids.HEADER + "\n10001,40.7,-73.9\n10001,40.8,-73.9\n"))
                .withMessageContaining("Line 3").withMessageContaining("10001");
    }

    /** The prefix mean is a plain mean of degrees: it would be wrong for an area across the antimeridian. */
    @Test
    void noThreeDigitAreaOfTheShippedTableSpansTheAntimeridian() throws IOException {
        try (InputStream in = UsZipCentroids.class.getResourceAsStream(UsZipCentroids.RESOURCE)) {
            Map<String, DoubleSummaryStatistics> longitudes = new BufferedReader(
                    new InputStreamReader(in, StandardCharsets.US_ASCII)).lines().skip(1)
                    .map(line -> line.split(","))
                    .collect(Collectors.groupingBy(cells -> cells[0].substring(0, 3),
                            Collectors.summarizingDouble(cells -> Double.parseDouble(cells[2]))));

            assertThat(longitudes).hasSize(896)
                    .allSatisfy((prefix, stats) -> assertThat(stats.getMax() - stats.getMin()).as(prefix)
                            .isLessThan(180));
        }
    }

    private static UsZipCentroids read(String csv) throws IOException {
        return UsZipCentroids.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.US_ASCII)));
    }

    private static double distanceKm(Centroid a, Centroid b) {
        return Haversine.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
