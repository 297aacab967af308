package io.opendoms.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

  @Test
  void defaultsAreTheDocumentedPorts() {
    LocalStackOptions options = LocalStackOptions.parse();

    assertThat(options.gatewayPort()).isEqualTo(8080);
    assertThat(options.pgPort()).isEqualTo(15432);
    assertThat(options.kafkaPort()).isEqualTo(19092);
    assertThat(options.dataDir()).isEqualTo(Path.of(".opendoms"));
    assertThat(options.fresh()).isFalse();
    assertThat(options.loadDemoData()).isTrue();
    assertThat(options.processes()).as("one JVM by default").isFalse();
  }

  @Test
  void parsesEveryOptionInBothSpellings() {
    LocalStackOptions options = LocalStackOptions.parse(
        "--fresh", "--data-dir", "/var/tmp/oms", "--gateway-port=9080", "--pg-port", "0", "--kafka-port=0", "--no-demo-data",
        "--processes");

    assertThat(options.fresh()).isTrue();
    assertThat(options.dataDir()).isEqualTo(Path.of("/var/tmp/oms"));
    assertThat(options.gatewayPort()).isEqualTo(9080);
    assertThat(options.pgPort()).isZero();
    assertThat(options.kafkaPort()).isZero();
    assertThat(options.loadDemoData()).isFalse();
    assertThat(options.processes()).isTrue();
    assertThat(options.withPgPort(1).processes()).as("kept by every with...").isTrue();
  }

  @Test
  void rejectsUnknownOptionsMissingValuesAndBadPorts() {
    assertThatThrownBy(() -> LocalStackOptions.parse("--frsh")).hasMessageContaining("unknown option: --frsh");
    assertThatThrownBy(() -> LocalStackOptions.parse("--pg-port")).hasMessageContaining("--pg-port needs a value");
    assertThatThrownBy(() -> LocalStackOptions.parse("--kafka-port", "x")).hasMessageContaining("port number");
    assertThatThrownBy(() -> LocalStackOptions.parse("--gateway-port", "70000")).hasMessageContaining("0..65535");
  }

  @Test
  void servicesDirComesFromTheOptionFirst() {
    Path dir = Path.of("/opt/opendoms/services");

    assertThat(LocalStackOptions.defaults().withServicesDir(dir).resolveServicesDir()).isEqualTo(dir);
  }
}
