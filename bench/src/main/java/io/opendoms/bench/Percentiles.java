package io.opendoms.bench;

import java.util.Arrays;

/**
 * Exact percentiles of a set of values (nearest rank: the smallest value with at least p% of the
 * values at or below it). {@link #MISSING} stands for a value that never came (an order that never
 * allocated): it sorts last, so it pushes the high percentiles up instead of vanishing.
 */
final class Percentiles {

  static final long MISSING = Long.MAX_VALUE;

  private final long[] sorted;

  private Percentiles(long[] sorted) {
    this.sorted = sorted;
  }

  static Percentiles of(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return new Percentiles(copy);
  }

  int count() {
    return sorted.length;
  }

  /** @param p 0 < p <= 100; {@link #MISSING} when that rank is a missing value; -1 when empty */
  long at(double p) {
    if (!(p > 0) || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length - 1e-9);
    return sorted[Math.max(1, rank) - 1];
  }

  long max() {
    return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
  }
}
