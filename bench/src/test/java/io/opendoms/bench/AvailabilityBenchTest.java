package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AvailabilityBenchTest {

  private static int count(String text, String part) {
    return AvailabilityBench.occurrences(text.getBytes(StandardCharsets.UTF_8), part.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void countsTheLocationsListedInAnAnswerWithoutParsingIt() {
    String answer = """
        {"items":[{"sku":"A","available":3,"locations":[{"locationId":"DC-1","available":2},\
        {"locationId":"S-é","available":1}]},{"sku":"B","available":0,"locations":[]}]}""";
    assertThat(count(answer, "\"locationId\"")).isEqualTo(2);
    assertThat(count("", "\"locationId\"")).isZero();
    assertThat(count("aaaa", "aa")).as("occurrences do not overlap").isEqualTo(2);
    assertThat(count("xa", "aa")).isZero();
  }
}
