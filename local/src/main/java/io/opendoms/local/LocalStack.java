package io.opendoms.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The whole of OpenDOMS in one JVM for a developer's machine: embedded PostgreSQL, a Kafka broker,
 * the five services and the gateway, each application in its own class loader (see
 * {@link ClassLoaderLayers} and docs/adr/0003-local-stack-one-jvm.md), then the demo data.
 */
public final class LocalStack {

  static final List<String> SERVICES = List.of(
      "order-service", "inventory-service", "routing-service", "fulfillment-service", "returns-service");
  static final String GATEWAY = "gateway";

  /** Each service's database (also its role and, locally, its password) and gateway route key. */
  private static final Map<String, String> DATABASE = Map.of(
      "order-service", "orders", "inventory-service", "inventory", "routing-service", "routing",
      "fulfillment-service", "fulfillment", "returns-service", "returns");
  private static final Map<String, String> ROUTE = Map.of(
      "order-service", "order", "inventory-service", "inventory", "routing-service", "routing",
      "fulfillment-service", "fulfillment", "returns-service", "returns");

  static final String WMS_SECRET = "wms-demo-secret";
  static final String CARRIER_SECRET = "carrier-demo-secret";

  /**
   * The webhook partners of the local default (api.md § Webhooks): the default WMS partner with the demo
   * secret, a second WMS partner for locations that name {@code wms-east}, and the carriers of routing.md, each
   * with the carrier demo secret. Type, then id, then its secrets.
   */
  static final List<List<String>> DEMO_PARTNERS = List.of(
      List.of("WMS", "wms-default", WMS_SECRET),
      List.of("WMS", "wms-east", "wms-east-demo-secret"),
      List.of("CARRIER", "PARCEL_A", CARRIER_SECRET),
      List.of("CARRIER", "PARCEL_B", CARRIER_SECRET),
      List.of("CARRIER", "AIR_X", CARRIER_SECRET),
      List.of("CARRIER", "COURIER", CARRIER_SECRET));
  private static final String DEMO_MARKER = "demo-data.loaded";
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
  /** The {@code aud} the gateway gives every access token and the services require. */
  static final String TOKEN_AUDIENCE = "opendoms-api";

  private LocalStack() {}

  public static void main(String[] args) {
    if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
      System.out.println(usage());
      return;
    }
    if (!"up".equals(args[0])) {
      System.err.println("unknown command: " + args[0] + "\n\n" + usage());
      System.exit(2);
    }
    if (Stream.of(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
      System.out.println(usage());
      return;
    }
    LocalStackOptions options;
    try {
      options = LocalStackOptions.parse(Arrays.copyOfRange(args, 1, args.length));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n\n" + usage());
      System.exit(2);
      return;
    }
    RunningStack stack;
    try {
      stack = start(options);
    } catch (LocalStackException e) {
      System.err.println();
      System.err.println("OpenDOMS did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println(Banner.text(stack));
    try {
      new CountDownLatch(1).await(); // until Ctrl-C / SIGTERM runs the shutdown hook
    } catch (InterruptedException e) {
      stack.close();
    }
  }

  static String usage() {
    return """
        Usage: ./opendoms up [--fresh] [--processes] [--data-dir DIR] [--gateway-port N] [--pg-port N] [--kafka-port N]

        Starts embedded PostgreSQL, a Kafka broker, the five services and the gateway in one JVM,
        loads the demo data on first start, and runs until Ctrl-C.

          --fresh            delete the data directory first (orders, stock, demo data)
          --data-dir DIR     where PostgreSQL, Kafka and the unpacked services live (default .opendoms)
          --gateway-port N   gateway port (default 8080; services use the next five ports)
          --pg-port N        PostgreSQL port (default 15432)
          --kafka-port N     Kafka port (default 19092; the controller uses N+1)
          --no-demo-data     do not load the demo data
          --processes        each service, the gateway and Kafka in a JVM of its own (slower to start;
                             for fault tests: a service can then be killed with kill -9)
          A port of 0 picks a free one and keeps it for this data directory.""";
  }

  /** Starts everything and returns once the gateway is healthy and the demo data is in. */
  public static RunningStack start(LocalStackOptions options) {
    Instant began = Instant.now();
    refuseForeignJacksonModules();
    Path dataDir = options.dataDir().toAbsolutePath().normalize();
    RunningStack stack = lock(dataDir, options.fresh());
    Thread hook = new Thread(stack::close, "opendoms-shutdown");
    stack.shutdownHook(hook);
    Runtime.getRuntime().addShutdownHook(hook);
    ExecutorService pool = Executors.newFixedThreadPool(SERVICES.size() + 1, named("opendoms-start"));
    try {
      Path servicesDir = options.resolveServicesDir();
      Map<String, Path> jars = serviceJars(servicesDir);

      Ports ports = new Ports(dataDir);
      int pgPort = ports.choose("postgres", options.pgPort(), "--pg-port");
      int kafkaPort = ports.choose("kafka", options.kafkaPort(), "--kafka-port");
      int controllerPort = ports.choose("kafka.controller", options.kafkaPort() == 0 ? 0 : kafkaPort + 1, "--kafka-port");
      int gatewayPort = ports.choose("gateway", options.gatewayPort(), "--gateway-port");
      Map<String, Integer> servicePorts = servicePorts(ports, options.gatewayPort() == 0 ? 0 : gatewayPort);
      ports.save();
      stack.servicePorts(servicePorts);

      log("Starting PostgreSQL on " + pgPort + " and Kafka on " + kafkaPort + ", unpacking services");
      Future<LocalPostgres> postgres = pool.submit(() -> timed("PostgreSQL", began,
          () -> LocalPostgres.start(dataDir.resolve("postgres"), pgPort)));
      Future<LocalKafka> kafka = pool.submit(() -> timed("Kafka", began, () -> options.processes()
          ? LocalKafka.startProcess(dataDir.resolve("kafka"), dataDir.resolve("kafka.properties"), kafkaPort, controllerPort)
          : LocalKafka.start(dataDir.resolve("kafka"), dataDir.resolve("kafka.properties"), kafkaPort, controllerPort)));
      Map<String, Future<ExtractedApp>> unpacking = new LinkedHashMap<>();
      jars.forEach((name, jar) -> unpacking.put(name,
          pool.submit(() -> ExtractedApp.extract(name, jar, dataDir.resolve("apps").resolve(name)))));
      List<ExtractedApp> apps = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      for (Future<ExtractedApp> future : unpacking.values()) {
        collect(future, failures).ifPresent(apps::add);
      }
      collect(postgres, failures).ifPresent(stack::postgres);
      collect(kafka, failures).ifPresent(stack::kafka);
      failIfAny(failures);
      log("Infrastructure up and services unpacked after " + seconds(began));

      String gatewayUrl = "http://localhost:" + gatewayPort;
      Files.createDirectories(dataDir.resolve("auth"));
      if (options.processes()) {
        for (ExtractedApp app : apps) {
          boolean gateway = app.name().equals(GATEWAY);
          int port = gateway ? gatewayPort : servicePorts.get(app.name());
          List<String> args = new ArrayList<>(processArgs(port));
          args.addAll(gateway ? gatewayArgs(gatewayPort, servicePorts, dataDir) : serviceArgs(app.name(), stack, gatewayUrl));
          stack.add(new ServiceProcess(app.name(), app, port, args));
        }
        startProcesses(stack, pool);
      } else {
        ClassLoaderLayers layers = ClassLoaderLayers.build(apps, Set.copyOf(SERVICES));
        stack.layers(layers);
        SharedLogging.initialize(layers.shared());
        for (ExtractedApp app : apps) {
          boolean gateway = app.name().equals(GATEWAY);
          int port = gateway ? gatewayPort : servicePorts.get(app.name());
          List<String> args = new ArrayList<>(commonArgs(port));
          args.addAll(gateway ? gatewayArgs(gatewayPort, servicePorts, dataDir) : serviceArgs(app.name(), stack, gatewayUrl));
          stack.add(new SpringApp(app.name(), app, () -> layers.leaf(app), args));
        }
        startApplications(stack, pool);
      }
      log("Applications started after " + seconds(began));

      GatewayClient gateway = new GatewayClient(gatewayUrl);
      gateway.awaitHealthy(HEALTH_TIMEOUT);
      stack.gatewayUrl(gatewayUrl);
      log("Gateway healthy at " + gatewayUrl + " after " + seconds(began));

      if (options.loadDemoData()) {
        loadDemoDataOnce(gateway, dataDir.resolve(DEMO_MARKER));
      }
      return stack;
    } catch (LocalStackException e) {
      stack.close();
      throw e;
    } catch (IOException | RuntimeException e) {
      stack.close();
      throw new LocalStackException(e.toString(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The services take the ports after the gateway's when free (8081-8085 by default), else any. */
  private static Map<String, Integer> servicePorts(Ports ports, int gatewayPort) {
    Map<String, Integer> servicePorts = new LinkedHashMap<>();
    for (int i = 0; i < SERVICES.size(); i++) {
      String service = SERVICES.get(i);
      servicePorts.put(service, gatewayPort == 0
          ? ports.choose(service, 0, "--gateway-port") : ports.preferring(service, gatewayPort + i + 1));
    }
    return servicePorts;
  }

  /**
   * The services in parallel, then the gateway. The gateway carries Spring Cloud, whose
   * {@code LoggingSystemShutdownListener} cleans up and re-initialises the logging system at every
   * start, assuming one application per JVM: with the services still initialising theirs, that race
   * duplicates every log line or silences them all. After the services it is harmless.
   */
  private static void startApplications(RunningStack stack, ExecutorService pool) {
    log("Starting " + String.join(", ", SERVICES));
    List<Future<?>> starting = new ArrayList<>();
    for (String service : SERVICES) {
      SpringApp app = stack.apps().get(service);
      starting.add(pool.submit(() -> {
        Thread.currentThread().setName("start-" + service);
        app.start();
        return null;
      }));
    }
    List<Throwable> failures = new ArrayList<>();
    for (Future<?> future : starting) {
      collect(future, failures);
    }
    failIfAny(failures);
    log("Starting the gateway");
    stack.apps().get(GATEWAY).start();
  }

  /**
   * Process mode: every application in its own JVM, all six at once (Spring Cloud's logging reset
   * in the gateway touches only its own JVM here), each awaited until its health is UP.
   */
  private static void startProcesses(RunningStack stack, ExecutorService pool) {
    log("Starting " + String.join(", ", SERVICES) + " and the gateway, each in its own JVM");
    List<Future<?>> starting = new ArrayList<>();
    for (ServiceProcess app : stack.processes().values()) {
      starting.add(pool.submit(() -> {
        app.start();
        return null;
      }));
    }
    List<Throwable> failures = new ArrayList<>();
    for (Future<?> future : starting) {
      collect(future, failures);
    }
    failIfAny(failures);
  }

  /** Once per data directory, so that a restart keeps the stock as orders left it. */
  private static void loadDemoDataOnce(GatewayClient gateway, Path marker) throws IOException {
    if (Files.exists(marker)) {
      return;
    }
    Instant began = Instant.now();
    DemoData data = DemoData.load();
    int stock = new DemoDataLoader(gateway).load(data);
    Files.writeString(marker, "loaded " + Instant.now() + "\n");
    log("Demo data loaded: " + data.locations().size() + " locations, " + data.items().size() + " items, "
        + stock + " stock levels in " + seconds(began));
  }

  /**
   * The applications' loaders stand on the platform class loader, but Hibernate also searches the
   * system class loader for Jackson modules. One there (from the launcher's or a test's class path)
   * is a foreign copy to the services, and they fail to start with "Module ... not a subtype".
   */
  private static void refuseForeignJacksonModules() {
    if (ClassLoader.getSystemClassLoader().getResource("META-INF/services/com.fasterxml.jackson.databind.Module") != null) {
      throw new LocalStackException("a Jackson 2 module is on the system class path, where Hibernate in the services "
          + "would find a copy foreign to them; remove it from the launcher's (or test's) class path");
    }
  }

  /** Process-level figures the project tracks: time since the JVM started and resident memory. */
  static String figures() {
    long startedAt = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
        .orElse(System.currentTimeMillis());
    double seconds = (System.currentTimeMillis() - startedAt) / 1000.0;
    return String.format("ready in %.1f s (since JVM start), launcher JVM RSS %d MB", seconds, ProcStatus.rssKb() / 1024);
  }

  private static List<String> commonArgs(int port) {
    return List.of(
        "--server.port=" + port,
        "--spring.main.banner-mode=off",
        // the launcher closes every context in order from its own shutdown hook
        "--spring.main.register-shutdown-hook=false",
        "--logging.register-shutdown-hook=false",
        "--logging.pattern.console=" + SharedLogging.CONSOLE_PATTERN,
        "--logging.level.org.apache.kafka=warn",
        "--management.metrics.use-global-registry=false");
  }

  /** In its own JVM an application closes itself on SIGTERM, as in production. */
  private static List<String> processArgs(int port) {
    return List.of(
        "--server.port=" + port,
        "--spring.main.banner-mode=off",
        "--logging.pattern.console=" + SharedLogging.CONSOLE_PATTERN,
        "--logging.level.org.apache.kafka=warn");
  }

  private static List<String> serviceArgs(String service, RunningStack stack, String gatewayUrl) {
    String database = DATABASE.get(service);
    List<String> args = new ArrayList<>();
    args.add("--spring.datasource.url=jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + database);
    args.add("--spring.datasource.username=" + database);
    args.add("--spring.datasource.password=" + database);
    args.add("--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers());
    // the gateway's authorization server: its issuer, the audience it gives every token and its keys
    // (read at the first token, so the services need not wait for the gateway)
    args.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + gatewayUrl);
    args.add("--spring.security.oauth2.resourceserver.jwt.audiences=" + TOKEN_AUDIENCE);
    args.add("--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + gatewayUrl + "/oauth2/jwks");
    // webhook partners and their secrets are never in a service's own configuration: the demo ones here
    if (service.equals("fulfillment-service") || service.equals("returns-service")) {
      args.add("--opendoms.webhooks.default-wms-partner=wms-default");
      for (int i = 0; i < DEMO_PARTNERS.size(); i++) {
        List<String> partner = DEMO_PARTNERS.get(i);
        args.add("--opendoms.webhooks.partners[" + i + "].type=" + partner.get(0));
        args.add("--opendoms.webhooks.partners[" + i + "].id=" + partner.get(1));
        for (int s = 2; s < partner.size(); s++) {
          args.add("--opendoms.webhooks.partners[" + i + "].secrets[" + (s - 2) + "]=" + partner.get(s));
        }
      }
    }
    // a developer subscribes http://localhost receivers to order events; deployments keep https and public hosts
    if (service.equals("order-service")) {
      args.add("--opendoms.subscriptions.allow-insecure-urls=true");
    }
    return args;
  }

  private static List<String> gatewayArgs(int port, Map<String, Integer> servicePorts, Path dataDir) {
    List<String> args = new ArrayList<>();
    servicePorts.forEach((service, servicePort) ->
        args.add("--opendoms.services." + ROUTE.get(service) + "=http://localhost:" + servicePort));
    args.add("--opendoms.auth.demo-clients.enabled=true");
    args.add("--opendoms.auth.issuer=http://localhost:" + port);
    args.add("--opendoms.auth.audience=" + TOKEN_AUDIENCE);
    args.add("--opendoms.auth.key-file=" + dataDir.resolve("auth").resolve("jwk.json"));
    return args;
  }

  private static Map<String, Path> serviceJars(Path servicesDir) {
    Map<String, Path> jars = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String name : Stream.concat(SERVICES.stream(), Stream.of(GATEWAY)).toList()) {
      Path jar = servicesDir.resolve(name + ".jar");
      if (Files.isRegularFile(jar)) {
        jars.put(name, jar);
      } else {
        missing.add(jar.toString());
      }
    }
    if (!missing.isEmpty()) {
      throw new LocalStackException("missing " + String.join(", ", missing)
          + ". Build them first: ./mvnw -B -DskipTests install (./opendoms up does it for you)");
    }
    return jars;
  }

  private static RunningStack lock(Path dataDir, boolean fresh) {
    try {
      Files.createDirectories(dataDir);
      Path lockFile = dataDir.resolve("launcher.lock");
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new LocalStackException("another OpenDOMS stack is running on " + dataDir
            + "; stop it, or pass --data-dir for a second one");
      }
      if (fresh) {
        log("--fresh: deleting " + dataDir);
        LocalPostgres.stopOrphanedPostmaster(dataDir.resolve("postgres"));
        try (Stream<Path> entries = Files.list(dataDir)) {
          for (Path entry : entries.filter(p -> !p.equals(lockFile)).toList()) {
            ExtractedApp.deleteRecursively(entry);
          }
        }
      }
      return new RunningStack(dataDir, channel, lock);
    } catch (IOException e) {
      throw new LocalStackException("cannot use the data directory " + dataDir + ": " + e, e);
    }
  }

  private static <T> Optional<T> collect(Future<T> future, List<Throwable> failures) {
    try {
      return Optional.ofNullable(future.get());
    } catch (ExecutionException e) {
      failures.add(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.add(e);
    }
    return Optional.empty();
  }

  private static void failIfAny(List<Throwable> failures) {
    if (failures.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder();
    for (Throwable failure : failures) {
      message.append(message.isEmpty() ? "" : "\n  ").append(
          failure instanceof LocalStackException ? failure.getMessage() : failure.toString());
    }
    LocalStackException exception = new LocalStackException(message.toString(), failures.getFirst());
    failures.stream().skip(1).forEach(exception::addSuppressed);
    throw exception;
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static <T> T timed(String what, Instant began, Supplier<T> start) {
    T started = start.get();
    log(what + " up after " + seconds(began));
    return started;
  }

  static String seconds(Instant since) {
    return String.format("%.1f s", Duration.between(since, Instant.now()).toMillis() / 1000.0);
  }

  static void log(String message) {
    System.out.println("[opendoms] " + message);
  }
}
