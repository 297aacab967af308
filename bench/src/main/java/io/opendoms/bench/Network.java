package io.opendoms.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's network and catalogue, the same for the same {@link Spec} on every machine:
 * distribution centres that hold every SKU in depth, stores and dark stores at random real ZIPs
 * that each hold a random share of the catalogue, and SKUs with a price and weight.
 */
record Network(Spec spec, List<Location> locations, List<Item> items, List<StockLevel> stock) {

  /** What to generate; {@code storeShare} is the fraction of the catalogue each store carries. */
  record Spec(long seed, int dcs, int stores, int skus, double storeShare) {
    Spec {
      if (dcs < 1 || stores < 0 || skus < 1) {
        throw new IllegalArgumentException("need at least one DC and one SKU");
      }
      if (storeShare < 0 || storeShare > 1) {
        throw new IllegalArgumentException("storeShare must be 0..1");
      }
    }
  }

  record Location(String locationId, String type, ZipTable.Zip zip, List<String> capabilities) {
    boolean dc() {
      return "DISTRIBUTION_CENTER".equals(type);
    }
  }

  record Item(String sku, BigDecimal price, BigDecimal weightKg) {}

  record StockLevel(String locationId, String sku, int onHand) {}

  static final String PREFIX = "BENCH-";
  static final int DC_ON_HAND = 1_000_000;
  static final int STORE_MIN_ON_HAND = 500;
  static final int STORE_MAX_ON_HAND = 5_000;

  static Network generate(Spec spec, ZipTable zips) {
    if (spec.dcs() + spec.stores() > zips.size()) {
      throw new IllegalArgumentException("more locations than ZIPs");
    }
    Random random = new Random(spec.seed());
    Set<Integer> used = new HashSet<>();
    List<Location> locations = new ArrayList<>();
    for (int i = 1; i <= spec.dcs(); i++) {
      locations.add(new Location(PREFIX + "DC-%03d".formatted(i), "DISTRIBUTION_CENTER",
          distinctZip(random, zips, used), List.of("SHIP", "RETURNS")));
    }
    for (int i = 1; i <= spec.stores(); i++) {
      // one store in five is a dark store
      String type = random.nextInt(5) == 0 ? "DARK_STORE" : "STORE";
      locations.add(new Location(PREFIX + "ST-%04d".formatted(i), type, distinctZip(random, zips, used),
          List.of("SHIP", "PICKUP")));
    }
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= spec.skus(); i++) {
      BigDecimal price = BigDecimal.valueOf(499 + random.nextInt(19_500), 2); // 4.99 .. 199.98
      BigDecimal weight = BigDecimal.valueOf(50 + random.nextInt(5_000), 3).setScale(3, RoundingMode.UNNECESSARY);
      items.add(new Item(PREFIX + "SKU-%05d".formatted(i), price, weight));
    }
    List<StockLevel> stock = new ArrayList<>();
    for (Location location : locations) {
      for (Item item : items) {
        if (location.dc()) {
          stock.add(new StockLevel(location.locationId(), item.sku(), DC_ON_HAND));
        } else if (random.nextDouble() < spec.storeShare()) {
          int onHand = STORE_MIN_ON_HAND + random.nextInt(STORE_MAX_ON_HAND - STORE_MIN_ON_HAND + 1);
          stock.add(new StockLevel(location.locationId(), item.sku(), onHand));
        }
      }
    }
    return new Network(spec, List.copyOf(locations), List.copyOf(items), List.copyOf(stock));
  }

  private static ZipTable.Zip distinctZip(Random random, ZipTable zips, Set<Integer> used) {
    while (true) {
      int index = random.nextInt(zips.size());
      if (used.add(index)) {
        return zips.get(index);
      }
    }
  }

  long dcCount() {
    return locations.stream().filter(Location::dc).count();
  }
}
