package io.opendoms.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo network and catalogue ({@code demo/demo-data.json}): distribution centres and stores in
 * real US cities, items, and a deterministic stock level for each location and item.
 */
record DemoData(List<Location> locations, List<Item> items, Map<String, StockRule> stock) {

  static final String RESOURCE = "/demo/demo-data.json";

  record Location(String locationId, String name, String type, String postalCode, String country,
      String timeZone, List<String> capabilities, String cutoffTime, int dailyCapacity) {}

  record Item(String sku, String name, BigDecimal weightKg, boolean returnable, int returnWindowDays,
      boolean dcOnly) {}

  /** Stock of a location type: {@code share} of the items, on hand between min and max. */
  record StockRule(int min, int max, double share) {}

  record StockLevel(String locationId, String sku, int onHand) {}

  static DemoData load() {
    try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return JsonMapper.builder().build().readValue(in, DemoData.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stock for every location: the same on every machine and every run, so demos and tests can
   * rely on it. Items that only distribution centres carry never go to stores.
   */
  List<StockLevel> stockLevels() {
    List<StockLevel> levels = new ArrayList<>();
    for (Location location : locations) {
      StockRule rule = stock.get(location.type());
      if (rule == null) {
        continue;
      }
      boolean dc = "DISTRIBUTION_CENTER".equals(location.type());
      for (Item item : items) {
        if (item.dcOnly() && !dc) {
          continue;
        }
        long hash = mix(location.locationId() + "/" + item.sku());
        if (hash % 1000 >= Math.round(rule.share() * 1000)) {
          continue;
        }
        int onHand = rule.min() + (int) ((hash / 1000) % (rule.max() - rule.min() + 1));
        levels.add(new StockLevel(location.locationId(), item.sku(), onHand));
      }
    }
    return levels;
  }

  /** String.hashCode is specified, so stable across JVMs; spread it so neighbours differ. */
  private static long mix(String key) {
    long h = key.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return h & Long.MAX_VALUE;
  }
}
