package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

  @Test
  void spacesArrivalsEvenlyFromTheRateAlone() {
    ArrivalSchedule schedule = new ArrivalSchedule(100, 60);

    assertThat(schedule.count()).isEqualTo(6_000);
    assertThat(schedule.offsetNanos(0)).isZero();
    assertThat(schedule.offsetNanos(1)).isEqualTo(10_000_000L);
    assertThat(schedule.offsetNanos(5_999)).isEqualTo(59_990_000_000L);
  }

  @Test
  void accumulatesNoDriftOverLongRunsAtUnevenRates() {
    ArrivalSchedule schedule = new ArrivalSchedule(300, 600);

    assertThat(schedule.count()).isEqualTo(180_000);
    // 1/300 s is not a whole number of nanoseconds; arrival 179,999 is still exactly where it belongs
    assertThat(schedule.offsetNanos(179_999)).isEqualTo(599_996_666_667L);
    assertThat(schedule.offsetNanos(300)).isEqualTo(1_000_000_000L);
  }

  @Test
  void countsFractionalRatesAndDurations() {
    assertThat(new ArrivalSchedule(12.5, 2).count()).isEqualTo(25);
    assertThat(new ArrivalSchedule(3, 0.5).count()).isEqualTo(2); // at 0 s and at 0.333 s
    assertThat(new ArrivalSchedule(12.5, 2).offsetNanos(1)).isEqualTo(80_000_000L);
  }

  @Test
  void rejectsNonPositiveRates() {
    assertThatThrownBy(() -> new ArrivalSchedule(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ArrivalSchedule(10, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
