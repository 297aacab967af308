package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HotSkuOptionsTest {

  @Test
  void defaultsToTwentyThousandUnitsAndSixtyFourClients() {
    HotSkuOptions options = HotSkuOptions.parse("hot-sku");

    assertThat(options.units()).isEqualTo(20_000);
    assertThat(options.clients()).isEqualTo(64);
    assertThat(options.primeUnits()).isEqualTo(60_000);
    assertThat(options.target()).isNull();
  }

  @Test
  void readsItsOptions() {
    HotSkuOptions options = HotSkuOptions.parse("hot-sku", "--units", "500", "--clients=8", "--prime", "0",
        "--repeat", "3", "--target", "http://h:8080", "--inventory-url", "http://h:8082");

    assertThat(options.units()).isEqualTo(500);
    assertThat(options.clients()).isEqualTo(8);
    assertThat(options.primeUnits()).isZero();
    assertThat(options.repeat()).isEqualTo(3);
    assertThat(options.inventoryUrl()).isEqualTo("http://h:8082");
  }

  @Test
  void aRunningStackNeedsItsInventoryUrl() {
    assertThatThrownBy(() -> HotSkuOptions.parse("hot-sku", "--target", "http://h:8080"))
        .hasMessageContaining("--inventory-url");
    assertThatThrownBy(() -> HotSkuOptions.parse("hot-sku", "--clients", "0")).hasMessageContaining("--clients");
    assertThatThrownBy(() -> HotSkuOptions.parse("hot-sku", "--nope", "1")).hasMessageContaining("unknown option");
  }

  @Test
  void theUsageNamesTheSubcommand() {
    assertThat(BenchOptions.usage()).contains("bench hot-sku", "--units N", "--clients N");
  }
}
