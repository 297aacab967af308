package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistancesFromTest {

    private static final GeoPoint MANHATTAN = new GeoPoint(40.7831, -73.9712);

    @Test
    void measuresEachLocationFromTheOriginAndAnswersOutsideBeyondTheRadius() {
        DistancesFrom from = new DistancesFrom(MANHATTAN, 100);

        double newark = from.km("EWR", 40.7357, -74.1724);
        assertThat(newark).isCloseTo(MANHATTAN.distanceKmTo(new GeoPoint(40.7357, -74.1724)), within(1e-9));
        assertThat(from.km("PHL", 39.9526, -75.1652)).as("in the box, 130 km away").isEqualTo(DistancesFrom.OUTSIDE);
        assertThat(from.km("BOS", 42.3601, -71.0589)).as("outside the box").isEqualTo(DistancesFrom.OUTSIDE);
        assertThat(from.km("EWR", 40.7357, -74.1724)).isEqualTo(newark);
    }

    @Test
    void aLocationMetAgainWithOtherCoordinatesIsMeasuredWhereTheRowSaysItIs() {
        DistancesFrom from = new DistancesFrom(MANHATTAN, 100);

        double before = from.km("L1", 40.7357, -74.1724);
        double moved = from.km("L1", 39.9526, -75.1652);
        double back = from.km("L1", 40.7357, -74.1724);

        assertThat(moved).isEqualTo(DistancesFrom.OUTSIDE);
        assertThat(back).isEqualTo(before).isPositive();
    }
}
