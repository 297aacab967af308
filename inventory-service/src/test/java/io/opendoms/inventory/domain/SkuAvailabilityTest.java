package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkuAvailabilityTest {

    private static final GeoPoint MANHATTAN = new GeoPoint(40.75065, -73.997293);      // 10001
    private static final GeoPoint LOWER_EAST_SIDE = new GeoPoint(40.715969, -73.986895); // 10002, ~3.95 km
    private static final GeoPoint BOSTON = new GeoPoint(42.355097, -71.065737);          // 02108, ~302 km

    private static AvailableStock stock(String location, String sku, int onHand, int reserved, GeoPoint at) {
        return new AvailableStock(location, sku, onHand, reserved, 0, at.latitude(), at.longitude());
    }

    @Test
    void totalsTheNetworkPerSkuInRequestOrderNetOfReservedAndSafetyStock() {
        List<SkuAvailability> result = SkuAvailability.compute(List.of("B", "A", "UNKNOWN"), List.of(
                stock("DC-2", "A", 10, 3, BOSTON),
                stock("DC-1", "A", 5, 0, MANHATTAN),
                stock("DC-1", "B", 4, 4, MANHATTAN),
                new AvailableStock("DC-3", "A", 9, 1, 8, 41.0, -74.0)), null, 50);

        assertThat(result).containsExactly(
                new SkuAvailability("B", 0, List.of()),
                new SkuAvailability("A", 12, List.of(
                        new LocationAvailability("DC-1", 5, null),
                        new LocationAvailability("DC-2", 7, null))),
                new SkuAvailability("UNKNOWN", 0, List.of()));
    }

    @Test
    void nearAPointCountsOnlyLocationsWithinTheRadiusNearestFirst() {
        List<SkuAvailability> result = SkuAvailability.compute(List.of("A"), List.of(
                stock("BOS", "A", 10, 0, BOSTON),
                stock("LES", "A", 2, 0, LOWER_EAST_SIDE),
                stock("MAN", "A", 3, 0, MANHATTAN)), MANHATTAN, 50);

        assertThat(result).containsExactly(new SkuAvailability("A", 5, List.of(
                new LocationAvailability("MAN", 3, 0.0),
                new LocationAvailability("LES", 2, 3.95))));
    }

    @Test
    void aWiderRadiusTakesFartherLocationsIn() {
        List<SkuAvailability> result = SkuAvailability.compute(List.of("A"), List.of(
                stock("BOS", "A", 10, 0, BOSTON),
                stock("MAN", "A", 3, 0, MANHATTAN)), MANHATTAN, 350);

        assertThat(result.getFirst().available()).isEqualTo(13);
        assertThat(result.getFirst().locations()).extracting(LocationAvailability::locationId)
                .containsExactly("MAN", "BOS");
        assertThat(result.getFirst().locations().get(1).distanceKm()).isEqualTo(302.19);
    }
}
