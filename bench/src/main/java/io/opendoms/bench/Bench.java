package io.opendoms.bench;

import io.opendoms.local.LocalStack;
import io.opendoms.local.LocalStackException;
import io.opendoms.local.LocalStackOptions;
import io.opendoms.local.RunningStack;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The benchmarks: {@code load} offers one fixed arrival rate, {@code step} rising rates until
 * one misses a target of quality.md, {@code hot-sku} races checkout holds for one SKU. Measurements,
 * not tests: the exit code is 0 whether or not the targets are met (1 when the bench itself cannot
 * run, 2 for a bad command line).
 */
public final class Bench {

  private static final Map<String, String> SECRETS = Map.of(
      "storefront", "storefront-secret", "marketplace", "marketplace-secret", "ops", "ops-secret");

  private Bench() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("routing")) {
      RoutingBench.main(java.util.Arrays.copyOfRange(args, 1, args.length)); // in-process, no stack
      return;
    }
    if (args.length > 0 && args[0].equals("availability")) {
      availability(List.of(args).subList(1, args.length));
      return;
    }
    if (args.length == 0 || Stream.of(args).anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("help"))) {
      System.out.println(BenchOptions.usage());
      return;
    }
    BenchOptions options = null;
    HotSkuOptions hotSku = null;
    try {
      if (args[0].equals("hot-sku")) {
        hotSku = HotSkuOptions.parse(args);
      } else {
        options = BenchOptions.parse(args);
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n\n" + BenchOptions.usage());
      System.exit(2);
      return;
    }
    try {
      if (hotSku != null) {
        runHotSku(hotSku);
      } else {
        run(options);
      }
    } catch (BenchException | LocalStackException e) {
      System.err.println("[bench] failed: " + e.getMessage());
      System.exit(1);
    }
    System.exit(0); // the in-process stack's threads are stopped; don't wait for stray non-daemon ones
  }

  private static void availability(List<String> args) {
    if (args.contains("-h") || args.contains("--help")) {
      System.out.println(AvailabilityBench.Options.usage());
      return;
    }
    AvailabilityBench.Options options;
    try {
      options = AvailabilityBench.Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n\n" + AvailabilityBench.Options.usage());
      System.exit(2);
      return;
    }
    try {
      AvailabilityBench.run(options);
    } catch (BenchException | LocalStackException e) {
      System.err.println("[bench] failed: " + e.getMessage());
      System.exit(1);
    }
    System.exit(0);
  }

  static void run(BenchOptions options) {
    if (options.target() != null) {
      measure(options, options.target(), null);
      return;
    }
    onOwnStack(options.dataDir(), stack -> measure(options, stack.gatewayUrl(), stack));
  }

  static void runHotSku(HotSkuOptions options) {
    if (options.target() != null) {
      hotSku(options, options.target(), options.inventoryUrl(), null);
      return;
    }
    onOwnStack(options.dataDir(), stack -> hotSku(options, stack.gatewayUrl(),
        options.inventoryUrl() != null ? options.inventoryUrl() : stack.serviceUrl("inventory-service"), stack));
  }

  private static void hotSku(HotSkuOptions options, String gatewayUrl, String inventoryUrl, RunningStack stack) {
    Api gateway = new Api(gatewayUrl);
    Api inventory = new Api(inventoryUrl);
    TokenCache ops = new TokenCache(() -> gateway.token("ops", SECRETS.get("ops")));
    TokenCache storefront = new TokenCache(() -> gateway.token("storefront", SECRETS.get("storefront")));
    log("hot SKU: holds straight to inventory-service at " + inventoryUrl);
    HotSkuRun run = new HotSkuRun(gateway, inventory, ops, storefront, stack);
    String runId = Long.toString(System.currentTimeMillis(), 36);
    if (options.primeUnits() > 0) {
      log("priming: %d units, %d clients, not measured".formatted(options.primeUnits(), options.clients()));
      HotSkuRun.Result primed = run.race(runId + "-prime", options.primeUnits(), options.clients());
      log("primed: %.0f holds/s".formatted(primed.perSecond()));
    }
    List<HotSkuRun.Result> results = new ArrayList<>();
    for (int i = 1; i <= options.repeat(); i++) {
      HotSkuRun.Result result = run.race(runId + "-" + i, options.units(), options.clients());
      System.out.println();
      System.out.print(result.summary());
      String json = Api.JSON.writeValueAsString(result.json());
      System.out.println(json);
      appendJson(options.jsonOut(), json);
      results.add(result);
    }
    if (results.size() > 1) {
      double[] rates = results.stream().mapToDouble(HotSkuRun.Result::perSecond).sorted().toArray();
      double middle = rates[(rates.length - 1) / 2]; // the lower middle of an even count: never flattering
      int oversold = results.stream().mapToInt(HotSkuRun.Result::oversell).max().orElse(0);
      long met = results.stream().filter(HotSkuRun.Result::met).count();
      Map<String, Object> median = new LinkedHashMap<>();
      median.put("bench", "hot-sku");
      median.put("mode", "median");
      median.put("runs", results.size());
      median.put("holdsPerSecond", Math.round(middle));
      median.put("maxOversell", oversold);
      median.put("runsMet", met);
      System.out.println("median of %d runs: %.0f holds/s, worst oversell %d, %d of %d runs met the target"
          .formatted(results.size(), middle, oversold, met, results.size()));
      String json = Api.JSON.writeValueAsString(median);
      System.out.println(json);
      appendJson(options.jsonOut(), json);
    }
  }

  /** Starts the whole stack in this JVM on free ports, runs {@code body} on it, stops it. */
  static void onOwnStack(Path dataDirOption, java.util.function.Consumer<RunningStack> body) {
    boolean temporary = dataDirOption == null;
    Path dataDir;
    try {
      dataDir = temporary ? Files.createTempDirectory("opendoms-bench-") : dataDirOption;
    } catch (IOException e) {
      throw new BenchException("cannot create a data directory: " + e, e);
    }
    log("starting the stack in this JVM on free ports, data in " + dataDir + (temporary ? " (temporary)" : ""));
    Instant began = Instant.now();
    RunningStack stack = LocalStack.start(LocalStackOptions.ephemeral(dataDir).withLoadDemoData(false));
    Thread cleanup = new Thread(() -> {
      stack.close();
      if (temporary) {
        deleteRecursively(dataDir);
      }
    }, "bench-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      log("stack ready at %s after %.1f s".formatted(stack.gatewayUrl(), Duration.between(began, Instant.now()).toMillis() / 1000.0));
      body.accept(stack);
    } finally {
      Runtime.getRuntime().removeShutdownHook(cleanup);
      cleanup.run();
    }
  }

  private static void measure(BenchOptions options, String gatewayUrl, RunningStack stack) {
    Api api = new Api(gatewayUrl);
    Map<String, TokenCache> tokens = new LinkedHashMap<>();
    for (String client : List.of("storefront", "marketplace", "ops")) {
      tokens.put(client, new TokenCache(() -> api.token(client, SECRETS.get(client))));
    }
    ZipTable zips = ZipTable.load();
    Network network = Network.generate(options.networkSpec(), zips);
    new NetworkSetup(api, tokens.get("ops")).apply(network, options.setupTimeout());

    Map<String, TokenCache> channels = Map.of("storefront", tokens.get("storefront"), "marketplace", tokens.get("marketplace"));
    LoadRun load = new LoadRun(api, channels, options.requestTimeout(), options.maxInFlight());
    Allocation allocation = new Allocation(api, tokens.get("ops"));
    String runId = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    RowCounts rowCounts = stack != null && options.rowCountSeconds() > 0
        ? new RowCounts(stack, Duration.ofMillis(Math.round(options.rowCountSeconds() * 1000))) : null;
    try {
      runs(options, runId, network, zips, load, allocation, api, stack);
    } finally {
      if (rowCounts != null) {
        rowCounts.close();
      }
    }
  }

  private static void runs(BenchOptions options, String runId, Network network, ZipTable zips, LoadRun load,
      Allocation allocation, Api api, RunningStack stack) {
    List<Double> rates = options.mode().equals("load") ? List.of(options.rate()) : options.stepRates();
    if (options.primeSeconds() > 0) {
      prime(options, runId, network, zips, load, allocation);
    }
    Double best = null;
    List<String> lines = new ArrayList<>();
    for (int step = 0; step < rates.size(); step++) {
      double rate = rates.get(step);
      log("%s: offering %.0f orders/s for %.0f s".formatted(
          options.mode().equals("step") ? "step " + (step + 1) + "/" + rates.size() : "load", rate, options.durationSeconds()));
      List<Report> reports = new ArrayList<>();
      for (int run = 0; run < options.repeat(); run++) {
        Report report = once(options, rate, step * options.repeat() + run, runId, network, zips, load, allocation,
            api.baseUrl(), stack);
        System.out.println();
        System.out.print(report.summary());
        String json = Api.JSON.writeValueAsString(report.json(options.mode()));
        System.out.println(json);
        lines.add(json);
        appendJson(options.jsonOut(), json);
        reports.add(report);
      }
      boolean met = reports.getFirst().met();
      if (options.repeat() > 1) {
        Medians medians = Medians.of(reports);
        System.out.println();
        System.out.print(medians.summary());
        String json = Api.JSON.writeValueAsString(medians.json());
        System.out.println(json);
        appendJson(options.jsonOut(), json);
        met = medians.met();
      }
      if (!met) {
        break;
      }
      best = rate;
    }
    if (options.mode().equals("step")) {
      System.out.println(best == null
          ? "RESULT: no step met the targets (lowest rate tried: %.0f orders/s)".formatted(rates.getFirst())
          : "RESULT: highest rate meeting every target: %.0f orders/s".formatted(best));
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("bench", "load");
      summary.put("mode", "step-result");
      summary.put("highestRateMeetingTargets", best);
      summary.put("steps", lines.size());
      String json = Api.JSON.writeValueAsString(summary);
      System.out.println(json);
      appendJson(options.jsonOut(), json);
    }
  }

  /** Unmeasured load that warms the JIT (and the caches) before the measured runs. */
  private static void prime(BenchOptions options, String runId, Network network, ZipTable zips, LoadRun load,
      Allocation allocation) {
    log("priming: offering %.0f orders/s for %.0f s, not measured".formatted(options.primeRate(), options.primeSeconds()));
    Instant from = Instant.now().minusSeconds(2);
    LoadRun.Outcome outcome = load.run(new ArrivalSchedule(options.primeRate(), options.primeSeconds()),
        new OrderGenerator(options.seed() - 1_000_003L, network, zips, runId + "-prime"));
    long accepted = Stream.of(outcome.results()).filter(r -> r != null && r.accepted()).count();
    Duration waited = allocation.awaitDrained(from, options.drainTimeout());
    log("primed with %d orders; %s".formatted(accepted, waited == null
        ? "some still unallocated after " + options.drainTimeout().toSeconds() + " s"
        : "all allocated " + waited.toSeconds() + " s after the load"));
  }

  private static Report once(BenchOptions options, double rate, int step, String runId, Network network, ZipTable zips,
      LoadRun load, Allocation allocation, String target, RunningStack stack) {
    ArrivalSchedule schedule = new ArrivalSchedule(rate, options.durationSeconds());
    OrderGenerator generator = new OrderGenerator(options.seed() + 1_000_003L * (step + 1), network, zips,
        runId + "-" + (step + 1));
    CpuMeter cpu = stack == null ? null : new CpuMeter(stack);
    Instant from = Instant.now().minusSeconds(2);
    LoadRun.Outcome outcome = load.run(schedule, generator);
    log("load done; waiting up to %d s for the orders to allocate".formatted(options.drainTimeout().toSeconds()));
    Duration waited = allocation.awaitDrained(from, options.drainTimeout());
    Double cpuMs = null;
    int accepted = (int) Stream.of(outcome.results()).filter(r -> r != null && r.accepted()).count();
    if (cpu != null && accepted > 0) {
      cpuMs = cpu.elapsedNanos() / 1e6 / accepted;
    }
    long warmupNanos = Math.round(options.warmupSeconds() * 1e9);
    List<String> measuredIds = Stream.of(outcome.results())
        .filter(r -> r != null && r.accepted() && r.dueNanos() >= outcome.startNanos() + warmupNanos)
        .map(LoadRun.Result::orderId).toList();
    log("reading %d timelines".formatted(Math.min(measuredIds.size(), options.sample())));
    Allocation.Drained drained = allocation.read(from, waited == null ? options.drainTimeout() : waited, waited == null,
        measuredIds, options.sample());
    String cpuNote = stack == null
        ? "only with the stack in this JVM"
        : "this JVM (all services, gateway, Kafka broker and the bench client itself) + PostgreSQL processes,"
            + " from the first order until the orders left RECEIVED";
    return Report.of(outcome, options.warmupSeconds(), drained, cpuMs, cpuNote, target);
  }

  /** CPU time of this JVM and of PostgreSQL's processes, from construction to {@link #elapsedNanos()}. */
  static final class CpuMeter {
    private final RunningStack stack;
    private final long jvmStart;
    private final Map<Long, Long> postgresStart;

    CpuMeter(RunningStack stack) {
      this.stack = stack;
      this.jvmStart = jvmCpuNanos();
      this.postgresStart = postgresCpuNanos(stack);
    }

    long elapsedNanos() {
      long total = jvmCpuNanos() - jvmStart;
      for (Map.Entry<Long, Long> process : postgresCpuNanos(stack).entrySet()) {
        total += process.getValue() - postgresStart.getOrDefault(process.getKey(), 0L);
      }
      return total;
    }

    private static long jvmCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Map<Long, Long> postgresCpuNanos(RunningStack stack) {
      Map<Long, Long> cpu = new HashMap<>();
      for (ProcessHandle process : stack.postgresProcesses()) {
        Optional<Duration> used = process.info().totalCpuDuration();
        used.ifPresent(d -> cpu.put(process.pid(), d.toNanos()));
      }
      return cpu;
    }
  }

  private static void appendJson(Path file, String json) {
    if (file == null) {
      return;
    }
    try {
      Files.writeString(file, json + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("[bench] cannot append to " + file + ": " + e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("[bench] could not delete " + dir + ": " + e);
    }
  }

  static void log(String message) {
    System.out.println("[bench] " + message);
  }
}
