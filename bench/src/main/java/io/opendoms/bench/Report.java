package io.opendoms.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one run, computed from the client's results and the sampled timelines: a
 * human-readable summary and one JSON line. Orders due in the warm-up are sent but left out of
 * every figure except the counts of orders that never allocated.
 */
record Report(
    double offeredRate,
    double durationSeconds,
    double warmupSeconds,
    int requests,
    int measuredRequests,
    int measuredAccepted,
    double acceptedPerSecond,
    long[] acceptedPerSecondMinMedianMax,
    Map<String, Integer> errors,
    double errorRate,
    Percentiles capture,
    Percentiles clientLag,
    int maxInFlight,
    Allocation.Drained drained,
    Percentiles receivedToAllocated,
    Percentiles receivedToSettled,
    double allocatedPerSecond,
    double allocatedOverallPerSecond,
    Double cpuMsPerOrder,
    String cpuNote,
    Instant startedAt,
    String target) {

  /** Targets of quality.md at the offered rate. */
  static final double CAPTURE_P50_MS = 15;
  static final double CAPTURE_P99_MS = 100;
  static final double ALLOCATE_P99_MS = 1_000;
  static final double MAX_ERROR_RATE = 0.001;
  /** Accepted and allocated orders/s must reach this share of the offered rate ("keeps up"). */
  static final double KEEP_UP = 0.95;

  static Report of(LoadRun.Outcome outcome, double warmupSeconds, Allocation.Drained drained,
      Double cpuMsPerOrder, String cpuNote, String target) {
    ArrivalSchedule schedule = outcome.schedule();
    long start = outcome.startNanos();
    long from = start + Math.round(warmupSeconds * 1e9);
    long to = start + Math.round(schedule.durationSeconds() * 1e9);
    double window = schedule.durationSeconds() - warmupSeconds;
    int measured = 0;
    int accepted = 0;
    int acceptedInWindow = 0;
    Map<String, Integer> errors = new TreeMap<>();
    List<Long> latencies = new ArrayList<>();
    List<Long> lags = new ArrayList<>();
    int seconds = (int) Math.ceil(window);
    long[] perSecond = new long[Math.max(1, seconds)];
    for (LoadRun.Result result : outcome.results()) {
      if (result == null || result.dueNanos() < from) {
        continue;
      }
      measured++;
      lags.add(result.sentNanos() - result.dueNanos());
      if (result.accepted()) {
        accepted++;
        latencies.add(result.latencyNanos());
        if (result.doneNanos() >= from && result.doneNanos() < to) {
          acceptedInWindow++;
          int second = (int) ((result.doneNanos() - from) / 1_000_000_000L);
          perSecond[Math.min(perSecond.length - 1, second)]++;
        }
      } else {
        errors.merge(result.error() == null ? "unknown" : result.error(), 1, Integer::sum);
      }
    }
    int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
    // a last partial second would look like a dip: the min/median/max cover whole seconds only
    long[] whole = Arrays.copyOf(perSecond, Math.max(1, (int) Math.floor(window)));
    Arrays.sort(whole);
    long[] minMedianMax = {whole[0], whole[whole.length / 2], whole[whole.length - 1]};

    long[] allocated = drained.timelines().stream().mapToLong(Timeline::receivedToAllocatedNanos).toArray();
    long[] settled = drained.timelines().stream().mapToLong(Timeline::receivedToSettledNanos).toArray();
    return new Report(schedule.ratePerSecond(), schedule.durationSeconds(), warmupSeconds,
        outcome.results().length, measured, accepted, acceptedInWindow / window, minMedianMax, errors,
        measured == 0 ? 0 : (double) errorCount / measured,
        Percentiles.of(latencies.stream().mapToLong(Long::longValue).toArray()),
        Percentiles.of(lags.stream().mapToLong(Long::longValue).toArray()),
        outcome.maxInFlight(), drained, Percentiles.of(allocated), Percentiles.of(settled),
        allocatedPerSecond(drained.timelines(), drained.scale()),
        allocatedOverallPerSecond(drained.timelines(), drained.scale()), cpuMsPerOrder, cpuNote, outcome.startedAt(), target);
  }

  /**
   * Orders allocated per second while orders kept arriving: on the server's clock, between the
   * first and the last ORDER_RECEIVED of the sample, how many sampled orders became ALLOCATED,
   * scaled up to the whole population when the timelines were sampled.
   */
  static double allocatedPerSecond(List<Timeline> timelines, double scale) {
    Instant first = null;
    Instant last = null;
    for (Timeline timeline : timelines) {
      Instant received = timeline.receivedAt();
      if (received != null) {
        first = first == null || received.isBefore(first) ? received : first;
        last = last == null || received.isAfter(last) ? received : last;
      }
    }
    if (first == null || !last.isAfter(first)) {
      return 0;
    }
    long inWindow = 0;
    for (Timeline timeline : timelines) {
      Instant at = timeline.allocated() ? timeline.allocatedAt() : null;
      if (at != null && !at.isBefore(first) && !at.isAfter(last)) {
        inWindow++;
      }
    }
    double seconds = java.time.Duration.between(first, last).toNanos() / 1e9;
    return inWindow * scale / seconds;
  }

  /**
   * Orders allocated ÷ the time from the first ORDER_RECEIVED to the last allocation: the rate the
   * whole batch went through, backlog included (useful when a short run ends before allocations
   * catch up with arrivals).
   */
  static double allocatedOverallPerSecond(List<Timeline> timelines, double scale) {
    Instant first = null;
    Instant last = null;
    long allocated = 0;
    for (Timeline timeline : timelines) {
      if (timeline.receivedAt() != null && (first == null || timeline.receivedAt().isBefore(first))) {
        first = timeline.receivedAt();
      }
      if (timeline.allocated()) {
        allocated++;
        last = last == null || timeline.allocatedAt().isAfter(last) ? timeline.allocatedAt() : last;
      }
    }
    if (first == null || last == null || !last.isAfter(first)) {
      return 0;
    }
    return allocated * scale / (java.time.Duration.between(first, last).toNanos() / 1e9);
  }

  record Check(String name, String target, String actual, boolean met) {}

  List<Check> checks() {
    double p50 = ms(capture.at(50));
    double p99 = ms(capture.at(99));
    double alloc99 = ms(receivedToAllocated.at(99));
    long notAllocated = drained.notAllocated();
    return List.of(
        new Check("capture p50", "<= 15 ms", fmtMs(capture.at(50)), capture.count() > 0 && p50 <= CAPTURE_P50_MS),
        new Check("capture p99", "<= 100 ms", fmtMs(capture.at(99)), capture.count() > 0 && p99 <= CAPTURE_P99_MS),
        new Check("RECEIVED->ALLOCATED p99", "<= 1000 ms", fmtMs(receivedToAllocated.at(99)),
            receivedToAllocated.count() > 0 && alloc99 <= ALLOCATE_P99_MS),
        new Check("errors", "< 0.1 %", "%.3f %%".formatted(errorRate * 100), errorRate < MAX_ERROR_RATE),
        new Check("never allocated", "0", String.valueOf(notAllocated), drained.notAllocatedByStatus().isEmpty()),
        new Check("accepted/s", ">= 95 % of offered", "%.1f".formatted(acceptedPerSecond),
            acceptedPerSecond >= KEEP_UP * offeredRate),
        new Check("allocated/s", ">= 95 % of offered", "%.1f".formatted(allocatedPerSecond),
            allocatedPerSecond >= KEEP_UP * offeredRate));
  }

  boolean met() {
    return checks().stream().allMatch(Check::met);
  }

  String summary() {
    StringBuilder out = new StringBuilder();
    out.append("=== %.0f orders/s offered for %.0f s (first %.0f s warm-up, not counted) against %s ===%n"
        .formatted(offeredRate, durationSeconds, warmupSeconds, target));
    out.append("requests     %d sent, %d measured, %d accepted (201)%n".formatted(requests, measuredRequests, measuredAccepted));
    out.append("accepted/s   %.1f  (per whole second: min %d, median %d, max %d)%n".formatted(acceptedPerSecond,
        acceptedPerSecondMinMedianMax[0], acceptedPerSecondMinMedianMax[1], acceptedPerSecondMinMedianMax[2]));
    out.append("allocated/s  %.1f  (ALLOCATED while orders arrived, server clock%s); %.1f from first order to last allocation%n"
        .formatted(allocatedPerSecond, drained.scale() > 1.0001 ? ", scaled from a sample of " + drained.timelines().size() : "",
            allocatedOverallPerSecond));
    out.append("capture      p50 %s  p95 %s  p99 %s  max %s  (from due time to answer, %d orders)%n".formatted(
        fmtMs(capture.at(50)), fmtMs(capture.at(95)), fmtMs(capture.at(99)), fmtMs(capture.max()), capture.count()));
    out.append("RECEIVED->ALLOCATED  p50 %s  p95 %s  p99 %s  max %s  (%d timelines)%n".formatted(
        fmtMs(receivedToAllocated.at(50)), fmtMs(receivedToAllocated.at(95)), fmtMs(receivedToAllocated.at(99)),
        fmtMs(receivedToAllocated.max()), receivedToAllocated.count()));
    out.append("RECEIVED->ALLOCATION_SETTLED  p50 %s  p99 %s%n".formatted(
        fmtMs(receivedToSettled.at(50)), fmtMs(receivedToSettled.at(99))));
    out.append("errors       %d (%.3f %%)%s%n".formatted(errors.values().stream().mapToInt(Integer::intValue).sum(),
        errorRate * 100, errors.isEmpty() ? "" : " " + errors));
    out.append("drain        %s; not allocated: %s%s%n".formatted(
        drained.timedOut() ? "TIMED OUT" : "all orders left RECEIVED %.1f s after the load".formatted(
            drained.waited().toMillis() / 1000.0),
        drained.notAllocatedByStatus().isEmpty() ? "none" : drained.notAllocatedByStatus().toString(),
        drained.timelineErrors() > 0 ? "; " + drained.timelineErrors() + " timeline reads failed" : ""));
    out.append("client       lag behind schedule p99 %s max %s, max in flight %d%n".formatted(
        fmtMs(clientLag.at(99)), fmtMs(clientLag.max()), maxInFlight));
    out.append("cpu          %s%n".formatted(cpuMsPerOrder == null ? "not measured (" + cpuNote + ")"
        : "%.1f ms per accepted order (%s)".formatted(cpuMsPerOrder, cpuNote)));
    for (Check check : checks()) {
      out.append("  %-4s %-24s %-12s target %s%n".formatted(check.met() ? "ok" : "MISS", check.name(),
          check.actual(), check.target()));
    }
    return out.toString();
  }

  Map<String, Object> json(String mode) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bench", "load");
    json.put("mode", mode);
    json.put("startedAt", startedAt.toString());
    json.put("target", target);
    json.put("offeredPerS", offeredRate);
    json.put("durationS", durationSeconds);
    json.put("warmupS", warmupSeconds);
    json.put("requests", requests);
    json.put("measured", measuredRequests);
    json.put("accepted", measuredAccepted);
    json.put("acceptedPerS", round(acceptedPerSecond));
    json.put("allocatedPerS", round(allocatedPerSecond));
    json.put("allocatedOverallPerS", round(allocatedOverallPerSecond));
    json.put("captureMs", percentiles(capture));
    json.put("receivedToAllocatedMs", percentiles(receivedToAllocated));
    json.put("receivedToSettledMs", percentiles(receivedToSettled));
    json.put("errors", errors);
    json.put("errorRate", errorRate);
    json.put("notAllocated", drained.notAllocatedByStatus());
    json.put("drainTimedOut", drained.timedOut());
    json.put("timelines", drained.timelines().size());
    Map<String, Object> lag = new LinkedHashMap<>();
    lag.put("p99", msOrNull(clientLag.at(99)));
    lag.put("max", msOrNull(clientLag.max()));
    json.put("clientLagMs", lag);
    json.put("maxInFlight", maxInFlight);
    json.put("cpuMsPerOrder", cpuMsPerOrder == null ? null : round(cpuMsPerOrder));
    json.put("met", met());
    return json;
  }

  private static Map<String, Object> percentiles(Percentiles p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("n", p.count());
    map.put("p50", msOrNull(p.at(50)));
    map.put("p95", msOrNull(p.at(95)));
    map.put("p99", msOrNull(p.at(99)));
    map.put("max", msOrNull(p.max()));
    return map;
  }

  /** Milliseconds with 0.1 ms resolution; null when empty or when the rank is a never-allocated order. */
  private static Double msOrNull(long nanos) {
    return nanos < 0 || nanos == Percentiles.MISSING ? null : round(nanos / 1e6);
  }

  static double ms(long nanos) {
    return nanos == Percentiles.MISSING ? Double.POSITIVE_INFINITY : nanos < 0 ? Double.NaN : nanos / 1e6;
  }

  static String fmtMs(long nanos) {
    if (nanos == Percentiles.MISSING) {
      return "never";
    }
    if (nanos < 0) {
      return "n/a";
    }
    double ms = nanos / 1e6;
    return ms < 10 ? "%.2f ms".formatted(ms) : ms < 10_000 ? "%.1f ms".formatted(ms) : "%.1f s".formatted(ms / 1000);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
