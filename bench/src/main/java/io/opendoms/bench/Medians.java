package io.opendoms.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The median of repeated runs at one rate ({@code --repeat N}): each figure is the median of that figure over the
 * runs, and the rate counts as met when most runs met every target.
 */
record Medians(double offeredRate, int runs, int runsMet, Map<String, Double> figures) {

  static Medians of(List<Report> reports) {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("acceptedPerS", median(reports, Report::acceptedPerSecond));
    figures.put("allocatedPerS", median(reports, Report::allocatedPerSecond));
    figures.put("captureP50Ms", median(reports, r -> Report.ms(r.capture().at(50))));
    figures.put("captureP95Ms", median(reports, r -> Report.ms(r.capture().at(95))));
    figures.put("captureP99Ms", median(reports, r -> Report.ms(r.capture().at(99))));
    figures.put("receivedToAllocatedP50Ms", median(reports, r -> Report.ms(r.receivedToAllocated().at(50))));
    figures.put("receivedToAllocatedP99Ms", median(reports, r -> Report.ms(r.receivedToAllocated().at(99))));
    figures.put("cpuMsPerOrder", median(reports, r -> r.cpuMsPerOrder() == null ? Double.NaN : r.cpuMsPerOrder()));
    int met = (int) reports.stream().filter(Report::met).count();
    return new Medians(reports.getFirst().offeredRate(), reports.size(), met, figures);
  }

  static double median(List<Report> reports, ToDoubleFunction<Report> figure) {
    return median(reports.stream().mapToDouble(figure).toArray());
  }

  /** The middle value (the mean of the two middle ones for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  boolean met() {
    return runsMet * 2 > runs;
  }

  String summary() {
    return ("median of %d runs at %.0f orders/s: accepted/s %.1f, allocated/s %.1f, capture p50 / p95 / p99 %.1f / %.1f / "
        + "%.1f ms, RECEIVED->ALLOCATED p50 / p99 %.1f / %.1f ms, CPU %.1f ms per order; %d of %d runs met every target%n")
        .formatted(runs, offeredRate, figures.get("acceptedPerS"), figures.get("allocatedPerS"),
            figures.get("captureP50Ms"), figures.get("captureP95Ms"), figures.get("captureP99Ms"),
            figures.get("receivedToAllocatedP50Ms"), figures.get("receivedToAllocatedP99Ms"),
            figures.get("cpuMsPerOrder"), runsMet, runs);
  }

  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bench", "load");
    json.put("mode", "median");
    json.put("offeredPerS", offeredRate);
    json.put("runs", runs);
    json.put("runsMeetingTargets", runsMet);
    figures.forEach((name, value) -> json.put(name, Double.isFinite(value) ? value : null));
    json.put("met", met());
    return json;
  }
}
