package io.opendoms.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code ./opendoms bench load|step}. */
record BenchOptions(
    String mode,
    double rate,
    double durationSeconds,
    double warmupSeconds,
    List<Double> stepRates,
    String target,
    Path dataDir,
    long seed,
    int dcs,
    int stores,
    int skus,
    double storeShare,
    Duration drainTimeout,
    Duration setupTimeout,
    int sample,
    Duration requestTimeout,
    int maxInFlight,
    Path jsonOut,
    double primeSeconds,
    double primeRate,
    double rowCountSeconds,
    int repeat) {

  static final List<Double> DEFAULT_STEPS = List.of(25.0, 50.0, 100.0, 150.0, 200.0, 300.0, 400.0, 500.0, 600.0);

  static String usage() {
    return """
        Usage: ./opendoms bench load [options]     one run at a fixed arrival rate
               ./opendoms bench step [options]     rising rates until one misses a target
               ./opendoms bench hot-sku [options]  checkout holds racing for one SKU (options below)
               ./opendoms bench availability ...   availability queries alone (bench availability --help)
               ./opendoms bench routing [--seed N] [--orders N] [--warmup N] [--large N]
                                                   the routing engine in-process (no stack): latency, cost

        Without --target it starts the whole stack in this JVM on free ports and a temporary data
        directory (deleted afterwards), sets up the bench network through the API, runs, stops it.

          --rate N              orders/s offered (load; default 100)
          --duration S          seconds of load per run or step (default 60)
          --warmup S            first seconds of each run sent but not counted (default 5)
          --rates A,B,...       rates of the steps (step; default 25,50,100,150,200,300,400,500,600)
          --target URL          measure an already running stack through this gateway URL
          --data-dir DIR        keep the started stack's data here (reused, setup skipped) instead of a temp dir
          --seed N              network and orders (default 42)
          --dcs N --stores N --skus N   network size (default 12, 240, 600)
          --store-share F       share of the catalogue each store carries (default 0.15)
          --drain-timeout S     how long to wait after the load for orders to allocate (default 120)
          --setup-timeout S     how long to wait for routing to see the network after setup (default 900)
          --sample N            timelines read per run, a uniform sample beyond that (default 20000)
          --request-timeout S   one order POST (default 30; a timeout counts as an error)
          --max-in-flight N     client safety limit: arrivals beyond it count as errors (default 20000)
          --json-out FILE       also append each run's JSON line to FILE
          --prime S             before the first run, offer --prime-rate orders/s for S seconds, unmeasured,
                                and wait for them to allocate: the JIT of six applications needs minutes of
                                load before figures settle (default 0: measure from a cold start)
          --prime-rate N        orders/s of the priming load (default 10)
          --repeat N            run each rate N times on the same stack and print the median of each figure;
                                a rate is met when most of its runs met every target (default 1)
          --row-counts S        every S seconds print the outbox and inbox row counts of every service
                                database, and their largest at the end (the stack in this JVM only)

        """ + HotSkuOptions.usage();
  }

  static BenchOptions parse(String... args) {
    if (args.length == 0 || !(args[0].equals("load") || args[0].equals("step"))) {
      throw new IllegalArgumentException("first argument must be load or step");
    }
    String mode = args[0];
    double rate = 100;
    double duration = 60;
    double warmup = 5;
    List<Double> steps = DEFAULT_STEPS;
    String target = null;
    Path dataDir = null;
    long seed = 42;
    int dcs = 12;
    int stores = 240;
    int skus = 600;
    double storeShare = 0.15;
    double drain = 120;
    double setup = 900;
    int sample = 20_000;
    double requestTimeout = 30;
    int maxInFlight = 20_000;
    Path jsonOut = null;
    double prime = 0;
    double primeRate = 10;
    double rowCounts = 0;
    int repeat = 1;
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      String value = null;
      int eq = name.indexOf('=');
      if (name.startsWith("--") && eq > 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[i + 1];
      }
      if (value == null) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      if (!args[i].contains("=")) {
        i++;
      }
      switch (name) {
        case "--rate" -> rate = positive(name, value);
        case "--duration" -> duration = positive(name, value);
        case "--warmup" -> warmup = number(name, value);
        case "--rates" -> steps = rates(value);
        case "--target" -> target = value;
        case "--data-dir" -> dataDir = Path.of(value);
        case "--seed" -> seed = (long) number(name, value);
        case "--dcs" -> dcs = (int) positive(name, value);
        case "--stores" -> stores = (int) number(name, value);
        case "--skus" -> skus = (int) positive(name, value);
        case "--store-share" -> storeShare = number(name, value);
        case "--drain-timeout" -> drain = positive(name, value);
        case "--setup-timeout" -> setup = positive(name, value);
        case "--sample" -> sample = (int) positive(name, value);
        case "--request-timeout" -> requestTimeout = positive(name, value);
        case "--max-in-flight" -> maxInFlight = (int) positive(name, value);
        case "--json-out" -> jsonOut = Path.of(value);
        case "--prime" -> prime = number(name, value);
        case "--prime-rate" -> primeRate = positive(name, value);
        case "--row-counts" -> rowCounts = positive(name, value);
        case "--repeat" -> repeat = (int) positive(name, value);
        default -> throw new IllegalArgumentException("unknown option: " + name);
      }
    }
    if (warmup < 0 || warmup >= duration) {
      throw new IllegalArgumentException("--warmup must be at least 0 and less than --duration");
    }
    if (prime < 0) {
      throw new IllegalArgumentException("--prime must be at least 0");
    }
    if (target != null && rowCounts > 0) {
      throw new IllegalArgumentException("--row-counts reads the databases of a stack the bench starts; not with --target");
    }
    if (target != null && dataDir != null) {
      throw new IllegalArgumentException("--data-dir is for a stack the bench starts; not with --target");
    }
    return new BenchOptions(mode, rate, duration, warmup, steps, target, dataDir, seed, dcs, stores, skus,
        storeShare, seconds(drain), seconds(setup), sample, seconds(requestTimeout), maxInFlight, jsonOut,
        prime, primeRate, rowCounts, repeat);
  }

  Network.Spec networkSpec() {
    return new Network.Spec(seed, dcs, stores, skus, storeShare);
  }

  private static List<Double> rates(String value) {
    List<Double> rates = new ArrayList<>();
    for (String part : value.split(",")) {
      rates.add(positive("--rates", part.trim()));
    }
    for (int i = 1; i < rates.size(); i++) {
      if (rates.get(i) <= rates.get(i - 1)) {
        throw new IllegalArgumentException("--rates must rise: " + value);
      }
    }
    return List.copyOf(rates);
  }

  private static double positive(String option, String value) {
    double number = number(option, value);
    if (!(number > 0)) {
      throw new IllegalArgumentException(option + " must be positive, got " + value);
    }
    return number;
  }

  private static double number(String option, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
    }
  }

  private static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
