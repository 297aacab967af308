package io.opendoms.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsTest {

  @TempDir
  Path dataDir;

  @Test
  void aFreelyChosenPortIsKeptForTheNextStart() {
    Ports first = new Ports(dataDir);
    int kafka = first.choose("kafka", 0, "--kafka-port");
    first.save();

    assertThat(new Ports(dataDir).choose("kafka", 0, "--kafka-port")).isEqualTo(kafka);
  }

  @Test
  void neverHandsOutOnePortTwice() {
    Ports ports = new Ports(dataDir);

    int a = ports.choose("a", 0, "--a");
    int b = ports.preferring("b", a);

    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void aBusyRequestedPortFailsNamingTheOption() throws IOException {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress(0));

      assertThatThrownBy(() -> new Ports(dataDir).choose("postgres", busy.getLocalPort(), "--pg-port"))
          .isInstanceOf(LocalStackException.class)
          .hasMessageContaining("in use").hasMessageContaining("--pg-port");
    }
  }

  @Test
  void aBusyPreferredPortGivesWayToAFreeOne() throws IOException {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress(0));

      int port = new Ports(dataDir).preferring("order-service", busy.getLocalPort());

      assertThat(port).isNotEqualTo(busy.getLocalPort()).isPositive();
    }
  }
}
