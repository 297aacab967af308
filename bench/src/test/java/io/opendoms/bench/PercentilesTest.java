package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void takesTheNearestRank() {
    Percentiles p = Percentiles.of(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());

    assertThat(p.at(50)).isEqualTo(50);
    assertThat(p.at(95)).isEqualTo(95);
    assertThat(p.at(99)).isEqualTo(99);
    assertThat(p.at(100)).isEqualTo(100);
    assertThat(p.max()).isEqualTo(100);
  }

  @Test
  void roundsTheRankUpOnSmallSets() {
    Percentiles p = Percentiles.of(new long[] {30, 10, 20});

    assertThat(p.at(50)).isEqualTo(20);
    assertThat(p.at(99)).isEqualTo(30);
    assertThat(p.at(0.1)).isEqualTo(10);
  }

  @Test
  void aSingleSlowValueInAThousandIsTheP99OnlyWhenItIsOneOfTheTopTen() {
    long[] values = LongStream.generate(() -> 5).limit(1_000).toArray();
    values[0] = 1_000;
    assertThat(Percentiles.of(values).at(99)).isEqualTo(5);
    for (int i = 0; i < 11; i++) {
      values[i] = 1_000;
    }
    assertThat(Percentiles.of(values).at(99)).isEqualTo(1_000);
  }

  @Test
  void missingValuesPushHighPercentilesUp() {
    long[] values = LongStream.rangeClosed(1, 100).toArray();
    values[3] = Percentiles.MISSING;
    values[7] = Percentiles.MISSING;

    Percentiles p = Percentiles.of(values);

    assertThat(p.at(99)).isEqualTo(Percentiles.MISSING);
    assertThat(p.at(98)).isEqualTo(100);
    assertThat(Report.fmtMs(p.at(99))).isEqualTo("never");
  }

  @Test
  void isEmptyWithoutValues() {
    Percentiles p = Percentiles.of(new long[0]);

    assertThat(p.count()).isZero();
    assertThat(p.at(50)).isEqualTo(-1);
    assertThat(Report.fmtMs(p.at(50))).isEqualTo("n/a");
  }
}
