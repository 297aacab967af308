package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void readsALoadRun() {
    BenchOptions options = BenchOptions.parse("load", "--rate", "300", "--duration=600", "--target", "http://h:8080");

    assertThat(options.mode()).isEqualTo("load");
    assertThat(options.rate()).isEqualTo(300);
    assertThat(options.durationSeconds()).isEqualTo(600);
    assertThat(options.target()).isEqualTo("http://h:8080");
    assertThat(options.drainTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(options.networkSpec()).isEqualTo(new Network.Spec(42, 12, 240, 600, 0.15));
  }

  @Test
  void readsSteps() {
    assertThat(BenchOptions.parse("step").stepRates()).startsWith(25.0, 50.0, 100.0);
    assertThat(BenchOptions.parse("step", "--rates", "10,20,40").stepRates()).isEqualTo(List.of(10.0, 20.0, 40.0));
  }

  @Test
  void readsAPrimingLoad() {
    assertThat(BenchOptions.parse("step").primeSeconds()).isZero();
    BenchOptions primed = BenchOptions.parse("step", "--prime", "120", "--prime-rate", "15");
    assertThat(primed.primeSeconds()).isEqualTo(120);
    assertThat(primed.primeRate()).isEqualTo(15);
    assertThatThrownBy(() -> BenchOptions.parse("step", "--prime", "-1")).hasMessageContaining("--prime");
  }

  @Test
  void readsRepeats() {
    assertThat(BenchOptions.parse("step").repeat()).isEqualTo(1);
    assertThat(BenchOptions.parse("step", "--repeat", "3").repeat()).isEqualTo(3);
    assertThatThrownBy(() -> BenchOptions.parse("step", "--repeat", "0")).hasMessageContaining("--repeat");
  }

  @Test
  void readsRowCountsForAStackItStartsOnly() {
    assertThat(BenchOptions.parse("load").rowCountSeconds()).isZero();
    assertThat(BenchOptions.parse("load", "--row-counts", "30").rowCountSeconds()).isEqualTo(30);
    assertThatThrownBy(() -> BenchOptions.parse("load", "--row-counts", "30", "--target", "http://h:8080"))
        .hasMessageContaining("--row-counts");
  }

  @Test
  void rejectsWhatCannotBeMeant() {
    assertThatThrownBy(() -> BenchOptions.parse("run")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchOptions.parse("step", "--rates", "50,20")).hasMessageContaining("rise");
    assertThatThrownBy(() -> BenchOptions.parse("load", "--warmup", "60", "--duration", "30"))
        .hasMessageContaining("--warmup");
    assertThatThrownBy(() -> BenchOptions.parse("load", "--rate")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> BenchOptions.parse("load", "--bogus", "1")).hasMessageContaining("unknown option");
  }
}
