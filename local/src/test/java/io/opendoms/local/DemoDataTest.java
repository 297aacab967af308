package io.opendoms.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  private final DemoData data = DemoData.load();

  @Test
  void hasDistributionCentresStoresAndItemsEnoughForTheDemo() {
    assertThat(data.locations()).filteredOn(l -> l.type().equals("DISTRIBUTION_CENTER")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(data.locations()).filteredOn(l -> l.type().equals("STORE")).hasSizeGreaterThanOrEqualTo(20);
    assertThat(data.items()).hasSizeGreaterThanOrEqualTo(50);
    assertThat(data.locations()).extracting(DemoData.Location::locationId).doesNotHaveDuplicates();
    assertThat(data.items()).extracting(DemoData.Item::sku).doesNotHaveDuplicates();
  }

  @Test
  void everyLocationIsAValidUsLocation() {
    assertThat(data.locations()).allSatisfy(location -> {
      assertThat(location.locationId()).matches("[A-Z0-9-]+");
      assertThat(location.postalCode()).matches("\\d{5}");
      assertThat(location.country()).isEqualTo("US");
      assertThat(ZoneId.of(location.timeZone()).getId()).startsWith("America/");
      assertThat(LocalTime.parse(location.cutoffTime())).isIn(LocalTime.of(15, 0), LocalTime.of(17, 0));
      assertThat(location.capabilities()).contains("SHIP");
      assertThat(location.dailyCapacity()).isPositive();
    });
    assertThat(data.locations()).filteredOn(l -> l.type().equals("STORE"))
        .allSatisfy(store -> assertThat(store.capabilities()).contains("PICKUP", "CURBSIDE", "RETURNS"));
  }

  @Test
  void everyItemHasANameAndAWeight() {
    assertThat(data.items()).allSatisfy(item -> {
      assertThat(item.sku()).matches("SKU-\\d{5}");
      assertThat(item.name()).isNotBlank();
      assertThat(item.weightKg()).isPositive();
      assertThat(item.returnWindowDays()).isPositive();
    });
  }

  @Test
  void stockIsTheSameOnEveryRun() {
    assertThat(DemoData.load().stockLevels()).isEqualTo(data.stockLevels());
  }

  @Test
  void distributionCentresCarryEveryItemDeepAndStoresSomeShallow() {
    Map<String, DemoData.Location> locations = data.locations().stream()
        .collect(Collectors.toMap(DemoData.Location::locationId, Function.identity()));
    List<DemoData.StockLevel> levels = data.stockLevels();
    long dcs = data.locations().stream().filter(l -> l.type().equals("DISTRIBUTION_CENTER")).count();

    List<DemoData.StockLevel> atDcs = levels.stream()
        .filter(level -> locations.get(level.locationId()).type().equals("DISTRIBUTION_CENTER")).toList();
    List<DemoData.StockLevel> atStores = levels.stream()
        .filter(level -> locations.get(level.locationId()).type().equals("STORE")).toList();

    assertThat(atDcs).hasSize((int) (dcs * data.items().size()))
        .allSatisfy(level -> assertThat(level.onHand()).isBetween(200, 800));
    assertThat(atStores).isNotEmpty().allSatisfy(level -> assertThat(level.onHand()).isBetween(0, 12));
    assertThat(atStores.stream().map(DemoData.StockLevel::locationId).collect(Collectors.toSet()))
        .hasSize((int) (data.locations().size() - dcs));
  }

  @Test
  void itemsForDistributionCentresOnlyAreNeverStockedInStores() {
    Set<String> dcOnly = data.items().stream().filter(DemoData.Item::dcOnly).map(DemoData.Item::sku)
        .collect(Collectors.toSet());

    assertThat(dcOnly).isNotEmpty();
    assertThat(data.stockLevels()).filteredOn(level -> dcOnly.contains(level.sku()))
        .allSatisfy(level -> assertThat(level.locationId()).startsWith("DC-"));
  }

  @Test
  void requestBodiesFollowTheApiContract() {
    DemoData.Location store = data.locations().stream().filter(l -> l.type().equals("STORE")).findFirst().orElseThrow();

    assertThat(DemoDataLoader.locationBody(store)).containsOnlyKeys("name", "type", "postalCode", "country",
        "timeZone", "capabilities", "cutoffTime", "dailyCapacity", "active");
    assertThat(DemoDataLoader.itemBody(data.items().getFirst())).containsOnlyKeys("name", "weightKg",
        "returnable", "returnWindowDays", "dcOnly");
  }
}
