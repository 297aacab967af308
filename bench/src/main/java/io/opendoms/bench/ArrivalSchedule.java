package io.opendoms.bench;

/**
 * An open workload: arrival {@code i} is due at {@code i / rate} seconds after the start, whatever
 * happened to the earlier ones. Slow answers never lower the offered load, and latency is measured
 * from the due time, so a stall is charged to every order that should have been sent during it
 * (no coordinated omission).
 */
record ArrivalSchedule(double ratePerSecond, double durationSeconds) {

  ArrivalSchedule {
    if (!(ratePerSecond > 0) || !(durationSeconds > 0)) {
      throw new IllegalArgumentException("rate and duration must be positive");
    }
  }

  /** How many arrivals fall in [0, duration). */
  int count() {
    double exact = ratePerSecond * durationSeconds;
    long count = (long) Math.ceil(exact - 1e-9);
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many arrivals: " + count);
    }
    return (int) count;
  }

  /** Nanoseconds from the start to arrival {@code i}, computed from {@code i} (no accumulated drift). */
  long offsetNanos(long i) {
    return Math.round(i * 1e9 / ratePerSecond);
  }
}
