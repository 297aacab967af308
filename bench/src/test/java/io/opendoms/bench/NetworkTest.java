package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NetworkTest {

  private static ZipTable zips;

  @BeforeAll
  static void loadTheZipTable() {
    zips = ZipTable.load();
  }

  @Test
  void theZipTableHoldsTheContiguousStatesOnly() {
    assertThat(zips.size()).isGreaterThan(30_000);
    assertThat(zips.zips()).allMatch(ZipTable::contiguous);
    assertThat(zips.zips()).extracting(ZipTable.Zip::zip).contains("10001").doesNotContain("99501", "96813", "00601");
  }

  @Test
  void theSameSpecGivesTheSameNetwork() {
    Network.Spec spec = new Network.Spec(42, 12, 240, 600, 0.15);

    assertThat(Network.generate(spec, zips)).isEqualTo(Network.generate(spec, zips));
    assertThat(Network.generate(new Network.Spec(43, 12, 240, 600, 0.15), zips).locations())
        .isNotEqualTo(Network.generate(spec, zips).locations());
  }

  @Test
  void isAsLargeAsTheThroughputTargetAsks() {
    Network network = Network.generate(new Network.Spec(42, 12, 240, 600, 0.15), zips);

    assertThat(network.dcCount()).isEqualTo(12);
    assertThat(network.locations()).hasSize(252);
    assertThat(network.locations().stream().map(l -> l.zip().zip()).distinct()).hasSize(252);
    assertThat(network.locations().stream().map(Network.Location::type).collect(Collectors.toSet()))
        .isEqualTo(Set.of("DISTRIBUTION_CENTER", "STORE", "DARK_STORE"));
    assertThat(network.locations()).filteredOn(l -> !l.dc())
        .allMatch(l -> l.capabilities().containsAll(List.of("SHIP", "PICKUP")));
    assertThat(network.items()).hasSize(600);
  }

  @Test
  void everyDcHoldsEverySkuAndStoresAShareOfThem() {
    Network network = Network.generate(new Network.Spec(7, 10, 200, 500, 0.2), zips);

    Map<String, Long> levelsPerLocation = network.stock().stream()
        .collect(Collectors.groupingBy(Network.StockLevel::locationId, Collectors.counting()));
    network.locations().stream().filter(Network.Location::dc)
        .forEach(dc -> assertThat(levelsPerLocation.get(dc.locationId())).isEqualTo(500));
    double storeLevels = network.stock().stream().filter(s -> s.locationId().contains("-ST-")).count();
    assertThat(storeLevels / (200 * 500)).isBetween(0.18, 0.22);
    assertThat(network.stock()).allMatch(s -> s.onHand() >= Network.STORE_MIN_ON_HAND);
  }

  @Test
  void ordersAreReproducibleAndOfOneToFiveLines() {
    Network network = Network.generate(new Network.Spec(42, 12, 240, 600, 0.15), zips);
    OrderGenerator a = new OrderGenerator(1, network, zips, "run");
    OrderGenerator b = new OrderGenerator(1, network, zips, "run");
    Set<String> skus = network.items().stream().map(Network.Item::sku).collect(Collectors.toSet());
    Set<Integer> lineCounts = new java.util.HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      OrderGenerator.PlannedOrder order = a.next(i);
      assertThat(order).isEqualTo(b.next(i));
      assertThat(order.idempotencyKey()).isEqualTo("run-" + i);
      assertThat(order.client()).isIn(OrderGenerator.CHANNEL_CLIENTS);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> lines = (List<Map<String, Object>>) order.body().get("lines");
      lineCounts.add(lines.size());
      assertThat(lines).allSatisfy(line -> {
        assertThat(skus).contains((String) line.get("sku"));
        assertThat((Integer) line.get("quantity")).isBetween(1, 3);
      });
      assertThat(lines.stream().map(l -> l.get("sku")).distinct()).hasSize(lines.size());
      assertThat(order.body()).containsEntry("deliveryMethod", "SHIP").containsEntry("serviceLevel", "STANDARD");
    }
    assertThat(lineCounts).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }

  @Test
  void samplesEvenlyAcrossTheRun() {
    List<String> ids = java.util.stream.IntStream.range(0, 10).mapToObj(String::valueOf).toList();

    assertThat(Allocation.sample(ids, 20)).isEqualTo(ids);
    assertThat(Allocation.sample(ids, 5)).containsExactly("0", "2", "4", "6", "8");
    assertThat(Allocation.sample(ids, 3)).containsExactly("0", "3", "6");
  }
}
