package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.geo.Haversine;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundingBoxTest {

    @Test
    void containsEveryPointWithinTheRadius() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            GeoPoint centre = new GeoPoint(random.nextDouble() * 160 - 80, random.nextDouble() * 340 - 170);
            double radiusKm = 1 + random.nextDouble() * (random.nextBoolean() ? 200 : 3000);
            BoundingBox box = BoundingBox.around(centre, radiusKm);
            // a point at a random bearing, just inside the radius (spherical destination formula)
            double distance = radiusKm * 0.9999 / Haversine.EARTH_RADIUS_KM;
            double bearing = random.nextDouble() * 2 * Math.PI;
            double lat1 = Math.toRadians(centre.latitude());
            double lon1 = Math.toRadians(centre.longitude());
            double lat2 = Math.asin(Math.sin(lat1) * Math.cos(distance)
                    + Math.cos(lat1) * Math.sin(distance) * Math.cos(bearing));
            double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(distance) * Math.cos(lat1),
                    Math.cos(distance) - Math.sin(lat1) * Math.sin(lat2));
            double latitude = Math.toDegrees(lat2);
            double longitude = Math.toDegrees(lon2);
            if (longitude > 180 || longitude < -180) {
                continue; // wrapped across the antimeridian: the box has no longitude bounds there anyway
            }
            assertThat(box.contains(latitude, longitude))
                    .as("%s radius %.1f km, point %.5f,%.5f", centre, radiusKm, latitude, longitude)
                    .isTrue();
        }
    }

    @Test
    void leavesOutPointsWellBeyondTheRadius() {
        BoundingBox box = BoundingBox.around(new GeoPoint(40.75, -74.0), 50);

        assertThat(box.contains(42.36, -71.07)).isFalse(); // Boston, ~300 km
        assertThat(box.contains(40.72, -73.99)).isTrue();
    }

    @Test
    void dropsTheLongitudeBoundsAcrossTheAntimeridianOrAPole() {
        assertThat(BoundingBox.around(new GeoPoint(51.0, 179.9), 100).minLongitude()).isNull();
        assertThat(BoundingBox.around(new GeoPoint(89.5, 10.0), 100).minLongitude()).isNull();
        assertThat(BoundingBox.around(new GeoPoint(51.0, 179.9), 100).contains(51.0, -179.9)).isTrue();
    }
}
