package io.opendoms.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * After the load: waits until the run's orders have left RECEIVED (or the drain timeout passes),
 * then reads the timelines of the accepted orders of the measured window (all of them, or a
 * uniform sample when there are more than the sample size).
 */
final class Allocation {

  /** What the drain found: statuses still short of allocation, and the sampled timelines. */
  record Drained(Duration waited, boolean timedOut, Map<String, Long> notAllocatedByStatus,
      List<Timeline> timelines, int population, int timelineErrors) {

    long notAllocated() {
      return notAllocatedByStatus.values().stream().mapToLong(n -> Math.max(0, n)).sum();
    }

    /** How many orders of the measured window one sampled timeline stands for. */
    double scale() {
      return timelines.isEmpty() ? 0 : (double) population / timelines.size();
    }
  }

  /**
   * Statuses of an order on its way to allocation, then those where it stopped short of it (the
   * order search knows no ON_HOLD status; the bench sets no hold rules).
   */
  static final List<String> PENDING = List.of("RECEIVED", "PARTIALLY_ALLOCATED");
  static final List<String> STUCK = List.of("BACKORDERED");
  private static final int PARALLEL_READS = 32;

  private final Api api;
  private final TokenCache ops;

  Allocation(Api api, TokenCache ops) {
    this.api = api;
    this.ops = ops;
  }

  /** Polls the order search until no order created since {@code from} is pending, or the timeout. */
  Duration awaitDrained(Instant from, Duration timeout) {
    Instant began = Instant.now();
    Instant deadline = began.plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (countByStatus(from, PENDING).values().stream().allMatch(n -> n == 0)) {
          return Duration.between(began, Instant.now());
        }
      } catch (BenchException e) {
        // a loaded stack may fail a search now and then: the drain only ends by its timeout
        Bench.log("order search failed while draining (retrying): " + NetworkSetup.abbreviate(e.getMessage()));
      }
      NetworkSetup.sleep(500);
    }
    return null;
  }

  Map<String, Long> countByStatus(Instant from, List<String> statuses) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String status : statuses) {
      try {
        Api.Response response = Api.expect2xx("GET /api/v1/orders?status=" + status,
            api.get("/api/v1/orders?status=" + status + "&from=" + from + "&size=1", ops.get()));
        counts.put(status, response.json().path("totalItems").asLong());
      } catch (BenchException e) {
        throw e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchException("interrupted");
      } catch (Exception e) {
        throw new BenchException("GET /api/v1/orders failed: " + e, e);
      }
    }
    return counts;
  }

  Drained read(Instant from, Duration waited, boolean timedOut, List<String> orderIds, int sampleSize) {
    Map<String, Long> notAllocated = new LinkedHashMap<>();
    for (String status : java.util.stream.Stream.concat(PENDING.stream(), STUCK.stream()).toList()) {
      try {
        countByStatus(from, List.of(status)).forEach(notAllocated::put);
      } catch (BenchException e) {
        Bench.log("cannot count " + status + " orders: " + NetworkSetup.abbreviate(e.getMessage()));
        notAllocated.put(status + " (count failed)", -1L);
      }
    }
    notAllocated.values().removeIf(n -> n == 0);
    List<String> sample = sample(orderIds, sampleSize);
    List<Timeline> timelines = new ArrayList<>();
    int errors = 0;
    Semaphore permits = new Semaphore(PARALLEL_READS);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Timeline>> futures = new ArrayList<>();
      for (String id : sample) {
        futures.add(executor.submit(() -> {
          permits.acquire();
          try {
            Api.Response response = api.get("/api/v1/orders/" + id + "/timeline", ops.get());
            return response.status() == 200 ? Timeline.parse(response.json()) : null;
          } finally {
            permits.release();
          }
        }));
      }
      for (Future<Timeline> future : futures) {
        try {
          Timeline timeline = future.get();
          if (timeline == null) {
            errors++;
          } else {
            timelines.add(timeline);
          }
        } catch (java.util.concurrent.ExecutionException e) {
          errors++;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted while reading timelines");
    }
    return new Drained(waited, timedOut, notAllocated, timelines, orderIds.size(), errors);
  }

  /** Every id when there are at most {@code size}, else {@code size} ids evenly spread over the run. */
  static List<String> sample(List<String> ids, int size) {
    if (ids.size() <= size) {
      return List.copyOf(ids);
    }
    List<String> sample = new ArrayList<>(size);
    double stride = (double) ids.size() / size;
    for (int i = 0; i < size; i++) {
      sample.add(ids.get((int) Math.floor(i * stride)));
    }
    return sample;
  }
}
