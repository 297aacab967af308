package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SkuStockTest {

    /** What the database query with a bounding box and {@link SkuAvailability#compute} answered before the index. */
    @Test
    void answersExactlyWhatComputingFromTheRowsAnswers() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<AvailableStock> rows = new ArrayList<>();
            int locations = random.nextInt(60);
            for (int i = 0; i < locations; i++) {
                String sku = random.nextBoolean() ? "A" : "B";
                rows.add(new AvailableStock("L" + random.nextInt(40), sku, random.nextInt(10),
                        random.nextInt(3), random.nextInt(3), 25 + random.nextDouble() * 24,
                        -124 + random.nextDouble() * 57));
            }
            GeoPoint near = new GeoPoint(25 + random.nextDouble() * 24, -124 + random.nextDouble() * 57);
            double radiusKm = 1 + random.nextDouble() * 1500;
            BoundingBox box = BoundingBox.around(near, radiusKm);
            // one query's distances for both SKUs: a location id may come with other coordinates in the other SKU
            DistancesFrom from = new DistancesFrom(near, radiusKm);
            List<AvailableStock> inBox = rows.stream().filter(r -> box.contains(r.latitude(), r.longitude())).toList();
            for (String sku : List.of("A", "B")) {
                SkuStock stock = SkuStock.of(sku, rows);

                assertThat(stock.network()).isEqualTo(SkuAvailability.compute(List.of(sku), rows, null, 0).getFirst());
                assertThat(stock.near(from))
                        .isEqualTo(SkuAvailability.compute(List.of(sku), inBox, near, radiusKm).getFirst());
            }
        }
    }

    /** Rows sharing latitudes (stores in one town), queried from one of them: the band search must keep every tie. */
    @Test
    void findsEveryRowOfTheBandWhenLocationsShareLatitudes() {
        Random random = new Random(23);
        double[] towns = {40.7128, 40.7306, 40.7357, 41.0, 39.9526};
        for (int round = 0; round < 300; round++) {
            List<AvailableStock> rows = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                rows.add(new AvailableStock("L" + i, "A", 1 + random.nextInt(5), 0, 0,
                        towns[random.nextInt(towns.length)], -74.5 + random.nextDouble()));
            }
            GeoPoint near = new GeoPoint(towns[random.nextInt(towns.length)], -74.0);
            double radiusKm = 0.5 + random.nextDouble() * 120;
            BoundingBox box = BoundingBox.around(near, radiusKm);
            List<AvailableStock> inBox = rows.stream().filter(r -> box.contains(r.latitude(), r.longitude())).toList();

            assertThat(SkuStock.of("A", rows).near(new DistancesFrom(near, radiusKm)))
                    .isEqualTo(SkuAvailability.compute(List.of("A"), inBox, near, radiusKm).getFirst());
        }
    }

    @Test
    void keepsOnlyItsOwnRowsWithSomethingAvailable() {
        SkuStock stock = SkuStock.of("A", List.of(
                new AvailableStock("L1", "A", 5, 5, 0, 40, -74),
                new AvailableStock("L2", "B", 5, 0, 0, 40, -74),
                new AvailableStock("L3", "A", 5, 1, 2, 40, -74)));

        assertThat(stock.rows()).extracting(AvailableStock::locationId).containsExactly("L3");
        assertThat(stock.network().available()).isEqualTo(2);
    }
}
