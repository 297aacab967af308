package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NetworkSetupTest {

  private static JsonNode plan(String candidates) {
    return Api.JSON.readTree("{\"explanation\": {\"candidates\": [" + candidates + "]}}");
  }

  @Test
  void aLocationIsSeenWhenChosenOrRefusedForAnythingButMissingStock() {
    assertThat(NetworkSetup.seenAt(plan("{\"locationId\": \"A\", \"outcome\": \"CHOSEN\"}"), "A")).isTrue();
    assertThat(NetworkSetup.seenAt(plan(
      "{\"locationId\": \"A\", \"outcome\": \"REJECTED\", \"reason\": \"MORE_EXPENSIVE\", \"cost\": 9.1}"), "A"))
      .as("a cheaper DC nearby").isTrue();
    assertThat(NetworkSetup.seenAt(plan(
      "{\"locationId\": \"A\", \"outcome\": \"REJECTED\", \"reason\": \"NO_STOCK\"}"), "A")).isFalse();
    assertThat(NetworkSetup.seenAt(plan("{\"locationId\": \"B\", \"outcome\": \"CHOSEN\"}"), "A")).isFalse();
  }
}
