package io.opendoms.bench;

import java.nio.file.Path;

/** The command line of {@code ./opendoms bench hot-sku}. */
record HotSkuOptions(
    int units,
    int clients,
    int primeUnits,
    int repeat,
    String target,
    String inventoryUrl,
    Path dataDir,
    Path jsonOut) {

  static String usage() {
    return """
        hot-sku (quality.md, hot SKU): one SKU at one location with --units units; --clients concurrent clients each place holds of
        one unit through inventory-service's own API (not the gateway) until it answers 409, then the bench
        prints holds/s, p50/p99 latency, the holds placed, the oversell (holds placed − units, must be 0) and
        the stock level at the end (reserved <= on hand).

          --units N             units of the hot SKU (default 20000)
          --clients N           concurrent clients (default 64)
          --prime N             before the measured runs, the same race on another SKU of N units, unmeasured
                                (warms the JIT: six applications in one JVM need about a minute of this
                                race before its figures settle; default 60000, 0 to measure a cold stack)
          --repeat N            measured runs, each on a SKU of its own, and the median of each figure (default 1)
          --target URL          a running stack's gateway (tokens, setup); needs --inventory-url
          --inventory-url URL   inventory-service of that stack (default: the started stack's)
          --data-dir DIR        keep the started stack's data here instead of a temp dir
          --json-out FILE       also append each run's JSON line to FILE""";
  }

  static HotSkuOptions parse(String... args) {
    if (args.length == 0 || !args[0].equals("hot-sku")) {
      throw new IllegalArgumentException("first argument must be hot-sku");
    }
    int units = 20_000;
    int clients = 64;
    int prime = 60_000;
    int repeat = 1;
    String target = null;
    String inventoryUrl = null;
    Path dataDir = null;
    Path jsonOut = null;
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      String value;
      int eq = name.indexOf('=');
      if (name.startsWith("--") && eq > 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name + " needs a value");
      }
      switch (name) {
        case "--units" -> units = count(name, value, 1);
        case "--clients" -> clients = count(name, value, 1);
        case "--prime" -> prime = count(name, value, 0);
        case "--repeat" -> repeat = count(name, value, 1);
        case "--target" -> target = value;
        case "--inventory-url" -> inventoryUrl = value;
        case "--data-dir" -> dataDir = Path.of(value);
        case "--json-out" -> jsonOut = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option: " + name);
      }
    }
    if (target != null && inventoryUrl == null) {
      throw new IllegalArgumentException("--target needs --inventory-url (the holds bypass the gateway)");
    }
    if (target != null && dataDir != null) {
      throw new IllegalArgumentException("--data-dir is for a stack the bench starts; not with --target");
    }
    return new HotSkuOptions(units, clients, prime, repeat, target, inventoryUrl, dataDir, jsonOut);
  }

  private static int count(String option, String value, int min) {
    try {
      int n = Integer.parseInt(value);
      if (n < min) {
        throw new IllegalArgumentException(option + " must be at least " + min + ", got " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
    }
  }
}
