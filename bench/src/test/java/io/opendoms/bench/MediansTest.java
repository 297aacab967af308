package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MediansTest {

  @Test
  void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    assertThat(Medians.median(new double[] {30, 10, 20})).isEqualTo(20);
    assertThat(Medians.median(new double[] {40, 10, 30, 20})).isEqualTo(25);
    assertThat(Medians.median(new double[] {7})).isEqualTo(7);
  }

  @Test
  void aRateIsMetWhenMostOfItsRunsMetEveryTarget() {
    assertThat(new Medians(30, 3, 2, Map.of()).met()).isTrue();
    assertThat(new Medians(30, 3, 1, Map.of()).met()).isFalse();
    assertThat(new Medians(30, 2, 1, Map.of()).met()).isFalse();
  }
}
