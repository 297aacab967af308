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
    assertThat(count("a", "a")).isEqualTo(1);
  }

  @Test
  void countsWhatAByteByByteSearchCounts() {
    java.util.Random random = new java.util.Random(7);
    for (int trial = 0; trial < 20_000; trial++) {
      byte[] text = new byte[random.nextInt(60)];
      byte[] part = new byte[1 + random.nextInt(5)];
      for (int i = 0; i < text.length; i++) {
        text[i] = (byte) ("ab\"c".charAt(random.nextInt(4)) + (random.nextInt(50) == 0 ? 128 : 0));
      }
      for (int i = 0; i < part.length; i++) {
        part[i] = (byte) "ab\"c".charAt(random.nextInt(4));
      }
      assertThat(AvailabilityBench.occurrences(text, part)).as("trial %d", trial).isEqualTo(naive(text, part));
    }
  }

  private static int naive(byte[] text, byte[] part) {
    int count = 0;
    outer:
    for (int at = 0; at <= text.length - part.length; at++) {
      for (int i = 0; i < part.length; i++) {
        if (text[at + i] != part[i]) {
          continue outer;
        }
      }
      count++;
      at += part.length - 1;
    }
    return count;
  }
}
