package io.opendoms.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The availability benchmark ({@code ./opendoms bench availability}): a network of hundreds of
 * locations in inventory, then concurrent clients asking the availability of many SKUs at once,
 * straight to inventory-service (the gateway's own cost is the load benchmark's business). Half
 * the queries ask over the whole network, half within a radius of a location's ZIP code; each kind
 * gets its own percentiles. Prints figures; the exit code does not depend on the target.
 */
final class AvailabilityBench {

  record Options(Path dataDir, long seed, int dcs, int stores, int skus, double storeShare, int skusPerQuery,
                 int clients, double durationSeconds, double warmupSeconds, double radiusKm, String via) {

    static String usage() {
      return """
          Usage: ./opendoms bench availability [options]

          Starts the stack in this JVM (no demo data), puts a network into inventory through the API,
          then --clients concurrent clients query GET /api/v1/availability for --skus-per-query
          random SKUs, alternating network-wide and near-a-ZIP queries, for --duration seconds after
          --warmup seconds; prints p50/p99 per kind (target p99 <= 20 ms, quality.md).

            --data-dir DIR        keep the stack's data here (setup skipped when the network is there)
            --seed N              network and queries (default 7)
            --dcs N --stores N --skus N   network size (default 10, 490, 200: 500 locations)
            --store-share F       share of the catalogue each store carries (default 0.3)
            --skus-per-query N    SKUs per query (default 50; the API takes up to 100)
            --clients N           concurrent clients (default 8)
            --duration S          measured seconds (default 30)
            --warmup S            unmeasured seconds first (default 15)
            --radius-km R         radius of the near queries (default 100)
            --via service|gateway query inventory-service itself (default) or through the gateway""";
    }

    static Options parse(List<String> args) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < args.size(); i++) {
        String name = args.get(i);
        if (!name.startsWith("--") || i + 1 >= args.size()) {
          throw new IllegalArgumentException("expected --option value, got " + name);
        }
        values.put(name.substring(2), args.get(++i));
      }
      Options options = new Options(
          values.containsKey("data-dir") ? Path.of(values.remove("data-dir")) : null,
          Long.parseLong(values.getOrDefault("seed", "7")),
          Integer.parseInt(values.getOrDefault("dcs", "10")),
          Integer.parseInt(values.getOrDefault("stores", "490")),
          Integer.parseInt(values.getOrDefault("skus", "200")),
          Double.parseDouble(values.getOrDefault("store-share", "0.3")),
          Integer.parseInt(values.getOrDefault("skus-per-query", "50")),
          Integer.parseInt(values.getOrDefault("clients", "8")),
          Double.parseDouble(values.getOrDefault("duration", "30")),
          Double.parseDouble(values.getOrDefault("warmup", "15")),
          Double.parseDouble(values.getOrDefault("radius-km", "100")),
          values.getOrDefault("via", "service"));
      List.of("seed", "dcs", "stores", "skus", "store-share", "skus-per-query", "clients", "duration", "warmup",
          "radius-km", "via").forEach(values::remove);
      if (!values.isEmpty()) {
        throw new IllegalArgumentException("unknown options: " + values.keySet());
      }
      if (options.skusPerQuery() < 1 || options.skusPerQuery() > Math.min(100, options.skus())) {
        throw new IllegalArgumentException("--skus-per-query must be 1..min(100, --skus)");
      }
      if (options.clients() < 1 || options.durationSeconds() <= 0 || options.warmupSeconds() < 0) {
        throw new IllegalArgumentException("--clients >= 1, --duration > 0, --warmup >= 0");
      }
      if (!options.via().equals("service") && !options.via().equals("gateway")) {
        throw new IllegalArgumentException("--via service|gateway");
      }
      return options;
    }
  }

  private AvailabilityBench() {}

  static void run(Options options) {
    Bench.onOwnStack(options.dataDir(), stack -> {
      Api gateway = new Api(stack.gatewayUrl());
      TokenCache ops = new TokenCache(() -> gateway.token("ops", "ops-secret"));
      Network network = Network.generate(
          new Network.Spec(options.seed(), options.dcs(), options.stores(), options.skus(), options.storeShare()),
          ZipTable.load());
      new NetworkSetup(gateway, ops).applyInventory(network);
      Api api = options.via().equals("gateway") ? gateway : new Api(stack.serviceUrl("inventory-service"));
      Bench.log("querying %s: %d clients, %d SKUs per query, %.0f s warm-up, %.0f s measured"
          .formatted(api.baseUrl(), options.clients(), options.skusPerQuery(), options.warmupSeconds(),
              options.durationSeconds()));
      try {
        measure(options, api, ops, network);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchException("interrupted");
      } catch (java.util.concurrent.ExecutionException e) {
        throw new BenchException("a client failed: " + e.getCause(), e.getCause());
      }
    });
  }

  private static void measure(Options options, Api api, TokenCache ops, Network network)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    long warmupEnd = System.nanoTime() + Math.round(options.warmupSeconds() * 1e9);
    long end = warmupEnd + Math.round(options.durationSeconds() * 1e9);
    AtomicLong errors = new AtomicLong();
    List<Future<List<long[]>>> clients = new ArrayList<>();
    try (ExecutorService executor = Executors.newFixedThreadPool(options.clients())) {
      for (int c = 0; c < options.clients(); c++) {
        Random random = new Random(options.seed() * 31 + c);
        clients.add(executor.submit(() -> {
          List<long[]> samples = new ArrayList<>(); // {kind 0 network / 1 near, nanos, bytes, locations}
          int n = 0;
          URI base = URI.create(api.baseUrl());
          // one kept-alive connection per client, read as bytes: the JDK's HttpClient decoding ~370 KB answers into
          // strings cost the two shared cores about as much as the service's own work (see docs/performance.md)
          try (KeepAliveConnection connection = new KeepAliveConnection(base, 60_000)) {
            while (System.nanoTime() < end) {
              boolean near = n++ % 2 == 1;
              String path = path(options, network, random, near);
              byte[] request = KeepAliveConnection.request("GET", base, path, new byte[0],
                  "Authorization: Bearer " + ops.get(), "Accept: application/json");
              long began = System.nanoTime();
              KeepAliveConnection.InPlace response;
              try {
                response = connection.exchangeInPlace(request);
              } catch (java.io.IOException e) {
                byte[] text = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
                response = new KeepAliveConnection.InPlace(0, text, text.length);
              }
              long took = System.nanoTime() - began;
              if (response.status() / 100 != 2) {
                errors.incrementAndGet();
                if (errors.get() <= 3) {
                  Bench.log("query answered " + response.status() + ": " + NetworkSetup.abbreviate(
                      new String(response.buffer(), 0, response.length(), StandardCharsets.UTF_8)));
                }
                continue;
              }
              if (began >= warmupEnd) {
                // no parse: same JVM
                int listed = occurrences(response.buffer(), response.length(), LOCATION_ID);
                samples.add(new long[] {near ? 1 : 0, took, response.length(), listed});
              }
            }
          }
          return samples;
        }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<List<long[]>> client : clients) {
        all.addAll(client.get());
      }
      report(options, all, errors.get());
    }
  }

  private static String path(Options options, Network network, Random random, boolean near) {
    List<Network.Item> items = network.items();
    List<String> skus = new ArrayList<>();
    while (skus.size() < options.skusPerQuery()) {
      String sku = items.get(random.nextInt(items.size())).sku();
      if (!skus.contains(sku)) {
        skus.add(sku);
      }
    }
    String query = skus.stream().map(sku -> "sku=" + sku).collect(Collectors.joining("&"));
    if (near) {
      Network.Location location = network.locations().get(random.nextInt(network.locations().size()));
      query += "&postalCode=" + location.zip().zip() + "&radiusKm=" + options.radiusKm();
    }
    return "/api/v1/availability?" + query;
  }

  /** Each sample is {kind (0 network, 1 near), nanos, bytes, locations listed}. */
  private static void report(Options options, List<long[]> samples, long errors) {
    long bytes = samples.stream().mapToLong(s -> s[2]).sum();
    long locationsListed = samples.stream().mapToLong(s -> s[3]).sum();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bench", "availability");
    json.put("locations", options.dcs() + options.stores());
    json.put("skus", options.skus());
    json.put("skusPerQuery", options.skusPerQuery());
    json.put("clients", options.clients());
    json.put("via", options.via());
    json.put("queries", samples.size());
    json.put("queriesPerSecond", Math.round(samples.size() / options.durationSeconds()));
    json.put("errors", errors);
    json.put("meanResponseKb", samples.isEmpty() ? 0 : Math.round(bytes / 1024.0 / samples.size()));
    json.put("meanLocationsListed", samples.isEmpty() ? 0 : locationsListed / samples.size());
    boolean met = !samples.isEmpty() && errors == 0;
    System.out.println();
    for (String kind : List.of("network", "near")) {
      int k = kind.equals("network") ? 0 : 1;
      long[] nanos = samples.stream().filter(s -> s[0] == k).mapToLong(s -> s[1]).toArray();
      Percentiles p = Percentiles.of(nanos);
      double p50 = p.at(50) / 1e6;
      double p99 = p.at(99) / 1e6;
      double max = p.max() / 1e6;
      met &= p.count() > 0 && p99 <= 20.0;
      long kb = Math.round(samples.stream().filter(s -> s[0] == k).mapToLong(s -> s[2]).average().orElse(0) / 1024);
      long listed = Math.round(samples.stream().filter(s -> s[0] == k).mapToLong(s -> s[3]).average().orElse(0));
      System.out.printf("availability %-7s %6d queries  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%d KB, %d locations"
          + " listed on average)%n", kind, p.count(), p50, p99, max, kb, listed);
      json.put(kind, Map.of("count", p.count(), "p50Ms", round(p50), "p99Ms", round(p99), "maxMs", round(max),
          "meanKb", kb, "meanLocationsListed", listed));
    }
    json.put("targetP99Ms", 20);
    json.put("met", met);
    System.out.printf("%d queries/s, %d errors, mean response %s KB; target p99 <= 20 ms: %s%n",
        json.get("queriesPerSecond"), errors, json.get("meanResponseKb"), met ? "met" : "NOT met");
    System.out.println(Api.JSON.writeValueAsString(json));
  }

  /** Without its closing quote: a search that skips on the last byte meets few {@code d} in JSON, many {@code "}. */
  private static final byte[] LOCATION_ID = "\"locationId".getBytes(StandardCharsets.UTF_8);

  /**
   * Non-overlapping occurrences of {@code part} in {@code text}, by Horspool's skip table: the clients count the
   * locations of every answer (~370 KB) in the benchmark's own JVM, on the cores the service needs, and a byte-by-byte
   * search there was a quarter of the machine's CPU (docs/performance.md).
   */
  static int occurrences(byte[] text, byte[] part) {
    return occurrences(text, text.length, part);
  }

  /** The same within {@code text[0, length)}. */
  static int occurrences(byte[] text, int length, byte[] part) {
    int m = part.length;
    if (m == 0) {
      throw new IllegalArgumentException("an empty part");
    }
    int[] skip = new int[256];
    java.util.Arrays.fill(skip, m);
    for (int i = 0; i < m - 1; i++) {
      skip[part[i] & 0xff] = m - 1 - i;
    }
    int count = 0;
    int at = 0;
    while (at <= length - m) {
      byte last = text[at + m - 1];
      if (last == part[m - 1] && java.util.Arrays.equals(text, at, at + m - 1, part, 0, m - 1)) {
        count++;
        at += m;
      } else {
        at += skip[last & 0xff];
      }
    }
    return count;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
